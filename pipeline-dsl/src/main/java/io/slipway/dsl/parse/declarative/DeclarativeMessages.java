package io.slipway.dsl.parse.declarative;

import java.util.Collection;
import java.util.Optional;

/**
 * The texts of every structural diagnostic the declarative readers report, in one place so that code and
 * tests use the same words. Wording follows Jenkins' own messages where a person migrating would know them.
 */
public final class DeclarativeMessages {

    private DeclarativeMessages() {
    }

    public static String noPipelineBlock() {
        return "no 'pipeline { }' block found";
    }

    public static String noPipelineBlockHint() {
        return "a declarative Jenkinsfile has one top-level 'pipeline { ... }' block; scripted pipelines"
                + " (node { ... }) are not supported";
    }

    public static String pipelineNotAtTop() {
        return "the 'pipeline' block must be at the top level, not inside another block";
    }

    public static String multiplePipelines(String firstAt) {
        return "only one 'pipeline' block is allowed (first at " + firstAt + ")";
    }

    public static String expectedBlock(String section) {
        return "'" + section + "' expects a block { ... }";
    }

    public static String unknownSection(String name, String where) {
        return "unknown section '" + name + "' in '" + where + "'";
    }

    public static String misplacedSection(String name, String where) {
        return "section '" + name + "' is not allowed in '" + where + "'";
    }

    public static String duplicateSection(String name, String firstAt) {
        return "multiple occurrences of the '" + name + "' section (first at " + firstAt + ")";
    }

    public static String expectedSection(String where) {
        return "expected a section in '" + where + "'";
    }

    public static String emptySection(String name) {
        return "'" + name + "' section is empty";
    }

    public static String emptySteps(String stage) {
        return "stage '" + stage + "' has no steps in its 'steps' block";
    }

    public static String emptyPostCondition(String condition) {
        return "post condition '" + condition + "' has no steps";
    }

    public static String blocksNotAllowed(String kind) {
        return kind + " definitions cannot have blocks";
    }

    public static String emptyWhen() {
        return "'when' has no conditions";
    }

    public static String didYouMean(String nearest) {
        return "did you mean '" + nearest + "'?";
    }

    /** A did-you-mean hint when a near word exists, else the list of allowed words. */
    public static String hintFor(String word, Collection<String> allowed) {
        Optional<String> near = Suggestions.nearest(word, allowed);
        return near.map(DeclarativeMessages::didYouMean).orElse("allowed here: " + String.join(", ", allowed));
    }

    public static String renamedSection(String old, String replacement) {
        return "the '" + old + "' section is not part of declarative pipelines; use '" + replacement + "' instead";
    }

    public static String stageBelongsInStage(String section) {
        return "'" + section + "' belongs in a stage: stages { stage('Build') { " + section + " { ... } } }";
    }

    public static String stageNeedsStages() {
        return "stages go in a 'stages { }' section: stages { stage('Build') { ... } }";
    }

    public static String expectedStage(String where) {
        return "expected a stage in '" + where + "'";
    }

    public static String stageWithoutName() {
        return "stage has no name: write stage('name') { ... }";
    }

    public static String stageWithoutBlock(String name) {
        return "stage '" + name + "' has no block { ... }";
    }

    public static String expectedStep() {
        return "expected a step";
    }

    public static String statementOutsideScript(String what) {
        return what + " is not a step; Groovy statements must be inside a 'script { }' block";
    }

    public static String objectCallOutsideScript(String text) {
        return "method calls on objects are not allowed outside a 'script' block: '" + text + "'";
    }

    public static String wrapInScript() {
        return "wrap it in script { ... }";
    }

    public static String bareWordStep(String name) {
        return "'" + name + "' is not a step call; write " + name + "()";
    }

    public static String scriptWithoutBlock() {
        return "'script' expects a block { ... }";
    }

    public static String invalidAgent(String text) {
        return "invalid agent '" + text + "': use 'agent any', 'agent none' or 'agent { ... }'";
    }

    public static String emptyAgent() {
        return "'agent' block has no agent type";
    }

    public static String agentTypes() {
        return "agent types: label, node, docker, dockerfile, kubernetes";
    }

    public static String oneAgentType(String second) {
        return "only one agent type is allowed per agent section, found a second: '" + second + "'";
    }

    public static String expectedKeyValue(String where) {
        return "expected 'key value' lines in '" + where + "'";
    }

    public static String expectedEnvAssignment() {
        return "expected NAME = value in 'environment'";
    }

    public static String duplicateEnvVar(String name, String firstAt) {
        return "duplicate environment variable '" + name + "' (first at " + firstAt + ")";
    }

    public static String expectedCall(String kind, String where) {
        return "expected " + kind + " in '" + where + "'";
    }

    public static String expectedTool() {
        return "expected 'toolType \"installation\"' in 'tools'";
    }

    public static String postNotBlock() {
        return "the 'post' section can only contain build conditions with blocks, e.g. always { ... }";
    }

    public static String duplicatePostCondition(String name, String firstAt) {
        return "duplicate post condition '" + name + "' (first at " + firstAt + ")";
    }

    public static String expectedCondition() {
        return "expected a when condition";
    }

    public static String conditionTakesNoBlock(String name) {
        return "when condition '" + name + "' takes no block";
    }

    public static String invalidInputField(String name) {
        return "'" + name + "' is not a valid field for input";
    }

    public static String duplicateInputField(String name) {
        return "duplicate input field '" + name + "'";
    }

    public static String expectedAxis(String where) {
        return "expected 'axis { name ...; values ... }' in '" + where + "'";
    }

    public static String expectedExclude() {
        return "expected 'exclude { axis { ... } }' in 'excludes'";
    }

    public static String flagExpectsValue(String name) {
        return "'" + name + "' expects one value";
    }
}
