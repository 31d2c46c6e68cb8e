package io.slipway.dsl.model.build;

import io.slipway.dsl.ast.ConstantExpr;
import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.MethodCallExpr;
import io.slipway.dsl.ast.NamedArg;
import io.slipway.dsl.model.Value;
import io.slipway.dsl.parse.declarative.ExprText;
import io.slipway.dsl.parse.declarative.Literals;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns checked Groovy expressions into model values. */
final class Values {

    private Values() {
    }

    static Value of(Expr expr) {
        if (expr instanceof ConstantExpr c && c.value() != null) {
            return Value.literal(c.value());
        }
        if (expr instanceof MethodCallExpr m && m.target().isEmpty() && m.name().equals("credentials")
                && m.args().size() == 1) {
            Optional<String> id = ExprText.literal(m.args().get(0));
            if (id.isPresent()) {
                return new Value.Credential(id.get());
            }
        }
        return new Value.Expression(expr);
    }

    static Optional<Value> named(List<NamedArg> args, String key) {
        return args.stream().filter(a -> a.name().equals(key)).findFirst().map(a -> of(a.value()));
    }

    static boolean flag(List<NamedArg> args, String key) {
        return args.stream().filter(a -> a.name().equals(key)).findFirst()
                .flatMap(a -> Literals.bool(a.value())).orElse(false);
    }

    static String text(List<NamedArg> args, String key, String fallback) {
        return args.stream().filter(a -> a.name().equals(key)).findFirst()
                .flatMap(a -> ExprText.stringOf(a.value())).orElse(fallback);
    }

    static Map<String, Expr> map(List<NamedArg> args) {
        Map<String, Expr> out = new LinkedHashMap<>();
        args.forEach(a -> out.put(a.name(), a.value()));
        return out;
    }
}
