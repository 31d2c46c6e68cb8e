package io.slipway.gateway.plugin.schema;

/** The value types a plugin configuration field can take, as Kong's schemas name them. */
public enum FieldKind {
    STRING("string"), BOOLEAN("boolean"), INTEGER("integer"), NUMBER("number"), STRING_ARRAY("array"), RECORD("record"),
    /** Accepted as given and not used here, e.g. Redis settings of a policy this node does not run. */
    ANY("any");

    private final String kongType;

    FieldKind(String kongType) {
        this.kongType = kongType;
    }

    /** The type name Kong's {@code /plugins/schema/{name}} shows for this kind. */
    public String kongType() {
        return kongType;
    }
}
