package io.slipway.gateway.proxy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reports filters that broke the chain's contract: once per filter name, so a broken plugin cannot flood the log. */
final class ChainContract {

    private static final Logger LOG = LoggerFactory.getLogger(ChainContract.class);
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    private ChainContract() {}

    static void neitherAnsweredNorPassedOn(String filterName) {
        if (REPORTED.add(filterName)) {
            LOG.error("filter '{}' neither answered the request nor called the next filter; answering 500", filterName);
        }
    }

    static void threw(String filterName, Throwable error) {
        if (REPORTED.add(filterName + "#threw")) {
            LOG.error("filter '{}' threw; answering 500", filterName, error);
        }
    }
}
