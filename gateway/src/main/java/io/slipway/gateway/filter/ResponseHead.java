package io.slipway.gateway.filter;

import io.netty.handler.codec.http.HttpHeaders;

/** The status and headers of a response on its way downstream; the headers may be changed. */
public interface ResponseHead {

    int status();

    HttpHeaders headers();
}
