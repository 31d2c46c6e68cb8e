package io.slipway.dsl.ast.declarative;

import io.slipway.dsl.ast.SourcePos;
import java.util.List;
import java.util.Optional;

/**
 * The {@code pipeline { }} block: each section as read, absent or empty when not written.
 * {@code usesSharedLibraries} is true when the file loads libraries ({@code @Library} or a
 * {@code libraries} section), whose global variables may be called like steps. {@code sectionsWritten} names
 * every section written, also those that could not be read, so that a broken section is not reported
 * missing as well. {@code scriptFunctions} are the methods and closures the file defines at its top level
 * ({@code def notify(status) { }}), which steps may call like steps.
 */
public record PipelineNode(Optional<AgentNode> agent, Optional<SectionNode<EnvEntryNode>> environment,
                           Optional<SectionNode<CallNode>> parameters, Optional<SectionNode<CallNode>> triggers,
                           Optional<SectionNode<CallNode>> options, Optional<SectionNode<ToolNode>> tools,
                           Optional<SectionNode<CallNode>> libraries, Optional<SectionNode<StageNode>> stages,
                           Optional<PostNode> post, boolean usesSharedLibraries, List<String> sectionsWritten,
                           List<String> scriptFunctions, SourcePos pos) {

    public PipelineNode {
        sectionsWritten = List.copyOf(sectionsWritten);
        scriptFunctions = List.copyOf(scriptFunctions);
    }
}
