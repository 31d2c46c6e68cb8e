package io.slipway.gateway.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * One Admin API request as the handlers see it: path parameters by name, query parameters, the
 * body already read into a JSON tree ({@code form} when it came from form fields, whose values are
 * all text) and the raw body for endpoints that take YAML.
 */
record ApiCall(String method, String path, Map<String, String> params, Map<String, List<String>> query,
               JsonNode body, boolean form, String rawBody, String contentType) {

    String param(String name) {
        return params.get(name);
    }

    String queryParam(String name) {
        var values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The body as an object; an empty body is an empty object. */
    ObjectNode object() {
        if (body == null || body.isNull() || body.isMissingNode()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!(body instanceof ObjectNode object)) {
            throw ApiError.badRequest("Cannot parse JSON body: expected an object");
        }
        return object.deepCopy();
    }
}
