package io.slipway.dsl.parse.declarative;

import io.slipway.dsl.ast.SourcePos;
import io.slipway.dsl.diagnostic.Diagnostic;
import io.slipway.dsl.diagnostic.Diagnostics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sections allowed in one kind of block and the ones seen so far: reports unknown, misplaced,
 * renamed and repeated sections. One instance per block read.
 */
final class Sections {

    private static final Map<String, String> RENAMED = Map.of(
            "properties", "options", "jobProperties", "options", "wrappers", "options",
            "notifications", "post", "postBuild", "post");

    private final String where;
    private final List<String> allowed;
    private final List<String> stageOnly;
    private final Diagnostics diagnostics;
    private final Map<String, SourcePos> seen = new HashMap<>();

    Sections(String where, List<String> allowed, List<String> stageOnly, Diagnostics diagnostics) {
        this.where = where;
        this.allowed = allowed;
        this.stageOnly = stageOnly;
        this.diagnostics = diagnostics;
    }

    /** True when {@code d} names an allowed section seen for the first time; otherwise reports why not. */
    boolean accept(Directive d) {
        String name = d.name();
        if (!allowed.contains(name)) {
            reportNotAllowed(d);
            return false;
        }
        SourcePos first = seen.putIfAbsent(name, d.pos());
        if (first != null) {
            diagnostics.add(Diagnostic.error(d.pos(), DeclarativeMessages.duplicateSection(name, at(first))));
            return false;
        }
        return true;
    }

    private void reportNotAllowed(Directive d) {
        String name = d.name();
        if (stageOnly.contains(name)) {
            String hint = name.equals("stage") ? DeclarativeMessages.stageNeedsStages()
                    : DeclarativeMessages.stageBelongsInStage(name);
            diagnostics.add(Diagnostic.error(d.pos(), DeclarativeMessages.misplacedSection(name, where), hint));
        } else if (RENAMED.containsKey(name) && allowed.contains(RENAMED.get(name))) {
            diagnostics.add(Diagnostic.error(d.pos(), DeclarativeMessages.renamedSection(name, RENAMED.get(name))));
        } else {
            diagnostics.add(Diagnostic.error(d.pos(), DeclarativeMessages.unknownSection(name, where),
                    DeclarativeMessages.hintFor(name, allowed)));
        }
    }

    static String at(SourcePos pos) {
        return pos.line() + ":" + pos.column();
    }
}
