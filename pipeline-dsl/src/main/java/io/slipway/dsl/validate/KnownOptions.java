package io.slipway.dsl.validate;

import java.util.ArrayList;
import java.util.List;

/**
 * The options Slipway knows: those it acts on (typed in the model), and those of Jenkins core and common
 * plugins that it accepts and records by name. Some apply to the whole job and are not allowed in a stage.
 */
final class KnownOptions {

    /** Options the model types and the engine acts on. */
    static final List<String> TYPED = List.of("timeout", "retry", "disableConcurrentBuilds", "buildDiscarder",
            "timestamps", "skipDefaultCheckout", "quietPeriod", "skipStagesAfterUnstable", "checkoutToSubdirectory",
            "preserveStashes", "parallelsAlwaysFailFast", "disableResume", "newContainerPerStage", "deployment");

    /** Options of Jenkins and common plugins, accepted and recorded by name. */
    static final List<String> RECORDED = List.of("ansiColor", "durabilityHint", "disableRestartFromStage",
            "overrideIndexTriggers", "rateLimitBuilds", "copyArtifactPermission", "githubProjectProperty",
            "gitLabConnection", "gitlabBuilds", "gitlabCommitStatus", "lock", "throttleJobProperty", "throttle",
            "buildBlocker", "office365ConnectorWebhooks", "withCredentials", "withFolderProperties", "sidebarLinks",
            "authorizationMatrix", "withAWS", "catchError", "warnError", "withEnv", "buildName", "sshagent",
            "configFileProvider", "withMaven", "nodejs", "withKubeConfig", "withVault", "timestamper",
            "pipelineTriggers", "compressBuildLog", "discardOldBuilds", "withSonarQubeEnv", "xvfb", "wrap",
            "cleanWs", "withGradle", "withDockerRegistry", "withAnt", "withNPM", "azureKeyVault",
            "checkoutToSubdir", "uiOptions", "bitbucketPublicRepoPullRequestFilter", "podTemplate");

    /** Options that configure the job as a whole and so make no sense on one stage. */
    static final List<String> PIPELINE_ONLY = List.of("buildDiscarder", "disableConcurrentBuilds", "quietPeriod",
            "skipStagesAfterUnstable", "checkoutToSubdirectory", "preserveStashes", "parallelsAlwaysFailFast",
            "disableResume", "newContainerPerStage", "durabilityHint", "disableRestartFromStage",
            "overrideIndexTriggers", "rateLimitBuilds", "copyArtifactPermission", "githubProjectProperty",
            "gitLabConnection", "gitlabBuilds", "buildBlocker", "office365ConnectorWebhooks", "throttleJobProperty",
            "sidebarLinks", "authorizationMatrix", "pipelineTriggers", "compressBuildLog", "discardOldBuilds",
            "deployment");

    private KnownOptions() {
    }

    static List<String> all() {
        List<String> all = new ArrayList<>(TYPED);
        all.addAll(RECORDED);
        return all;
    }
}
