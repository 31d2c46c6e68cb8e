package io.slipway.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.dsl.diagnostic.Diagnostic;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One row per file under {@code src/test/resources/errors/}: the first error the compiler reports for it,
 * with its place. Adding a case means adding a file and a row.
 */
class PipelineErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            agent-on-parallel-stage | 5:21 | 'agent' is not allowed in stage 'Build' as it contains parallel stages
            bad-cron | 4:17 | bad cron expression in 'cron': 25 is an invalid value. Must be within 0 and 23
            bad-cron-field-count | 4:23 | bad cron expression in 'pollSCM': expected 5 fields (minute hour day-of-month month day-of-week) but found 3
            boolean-param-string-default | 4:50 | invalid parameter: booleanParam 'FLAG' defaultValue must be true or false
            choice-empty-list | 4:38 | invalid parameter: choice 'ENV' has no choices
            choice-without-choices | 4:9 | invalid parameter: choice 'ENV' has no choices
            credentials-in-step | 6:22 | credentials() can only be used in an 'environment' section
            def-outside-script | 6:17 | 'def x' is not a step; Groovy statements must be inside a 'script { }' block
            docker-agent-unknown-setting | 5:13 | 'imagePullPolicy' is not a setting of agent 'docker'
            docker-agent-without-image | 3:9 | agent 'docker' needs 'image'
            dockerfile-name-with-separator | 4:13 | the Dockerfile filename cannot contain directory separators; use 'dir' for the directory
            duplicate-env-var | 5:9 | duplicate environment variable 'A' (first at 4:9)
            duplicate-option | 5:9 | duplicate option 'timestamps'
            deployment-without-environment | 4:9 | option 'deployment' expects the name of the environment it deploys to, e.g. deployment('prod')
            deployment-option-in-stage | 6:17 | option 'deployment' applies to the whole pipeline and is not allowed in a stage's options
            duplicate-parameter | 5:9 | duplicate parameter name 'X' (first at 4:9)
            duplicate-post-condition | 5:9 | duplicate post condition 'always' (first at 4:9)
            duplicate-section | 3:5 | multiple occurrences of the 'agent' section (first at 2:5)
            duplicate-stage-name | 9:9 | duplicate stage name 'Test' (first at 4:9)
            duplicate-stage-name-nested | 11:17 | duplicate stage name 'Test' (first at 4:9)
            empty-agent-block | 2:5 | 'agent' block has no agent type
            empty-environment | 3:5 | 'environment' section is empty
            empty-stages | 3:5 | 'stages' section is empty
            empty-steps | 5:13 | stage 'Build' has no steps in its 'steps' block
            failfast-not-boolean | 5:22 | 'failFast' expects true or false
            failfast-without-parallel | 5:22 | 'failFast' is only allowed in a stage with 'parallel' or 'matrix' (stage 'Build')
            input-unknown-field | 7:17 | 'submiter' is not a valid field for input
            input-without-message | 5:13 | input has no 'message'
            invalid-agent-word | 2:5 | invalid agent 'anywhere': use 'agent any', 'agent none' or 'agent { ... }'
            invalid-env-name | 5:9 | 'env.OTHER' is not a valid environment variable name
            library-not-lib | 4:9 | expected lib('name@version') in 'libraries'
            matrix-axis-without-name | 7:21 | matrix axis has no name
            matrix-axis-without-values | 7:21 | matrix axis 'OS' has no values
            matrix-duplicate-axis | 11:21 | duplicate matrix axis name 'OS'
            matrix-duplicate-value | 9:41 | duplicate value 'linux' in matrix axis 'OS'
            matrix-exclude-unknown-axis | 14:25 | exclude refers to unknown matrix axis 'PLATFORM'
            matrix-without-axes | 5:13 | matrix has no axes
            matrix-without-stages | 5:13 | matrix has no stages
            missing-agent | 1:1 | missing required section 'agent'
            missing-stages | 1:1 | missing required section 'stages'
            nested-parallel | 7:21 | 'parallel' is not allowed in stage 'A': it is inside parallel or matrix stage 'Build', and parallel stages and matrices cannot be nested
            no-pipeline-block | 1:1 | no 'pipeline { }' block found
            not-a-stage-in-stages | 4:9 | expected a stage in 'stages'
            object-call-outside-script | 6:17 | method calls on objects are not allowed outside a 'script' block: 'docker.build(...)'
            parallel-step-not-alone | 7:17 | step 'parallel' is not allowed here: the parallel step can only be the only step of a stage; use parallel { stage(...) } instead
            parameter-unknown-argument | 4:27 | invalid parameter: string has no argument 'defaultVaule'
            parameter-unknown-type | 4:9 | invalid parameter: unknown parameter type 'strin'
            parameter-without-name | 4:9 | invalid parameter: string parameter has no name
            pipeline-not-top-level | 2:5 | the 'pipeline' block must be at the top level, not inside another block
            pipeline-option-in-stage | 6:17 | option 'buildDiscarder' applies to the whole pipeline and is not allowed in a stage's options
            post-condition-without-block | 4:9 | the 'post' section can only contain build conditions with blocks, e.g. always { ... }
            renamed-properties-section | 3:5 | the 'properties' section is not part of declarative pipelines; use 'options' instead
            retry-not-a-number | 4:15 | option 'retry' expects a retry count, e.g. retry(3)
            stage-step-in-steps | 6:17 | step 'stage' is not allowed here: stages are declared with stage('name') { ... } inside 'stages'
            stage-with-steps-and-parallel | 8:13 | stage 'Build' has both 'steps' and 'parallel'; only one of steps, stages, parallel or matrix is allowed
            stage-without-name | 4:9 | stage has no name: write stage('name') { ... }
            stage-without-stages-section | 1:1 | missing required section 'stages'
            stage-without-steps | 4:9 | stage 'Build' has no steps, stages, parallel or matrix
            steps-at-top-level | 3:5 | section 'steps' is not allowed in 'pipeline'
            timeout-bad-unit | 4:32 | unknown time unit 'MINUTE'
            two-agent-types | 4:9 | only one agent type is allowed per agent section, found a second: 'docker'
            unknown-agent-type | 3:9 | unknown agent type 'dokcer'
            unknown-option-typo | 4:9 | unknown option 'timout'
            unknown-pipeline-section | 3:5 | unknown section 'enviroment' in 'pipeline'
            unknown-post-condition | 4:9 | unknown post condition 'allways'
            unknown-section-stepz | 4:9 | stage 'Build' has no steps, stages, parallel or matrix
            unknown-step | 6:17 | unknown step 'frobnicateTheWidgets'
            unknown-step-typo | 6:17 | unknown step 'ech'
            unknown-tool-typo | 4:9 | unknown tool type 'mavn'
            unknown-trigger-typo | 4:9 | unknown trigger 'corn'
            unknown-when-condition | 6:17 | unknown when condition 'brnch'
            upstream-without-projects | 4:9 | 'upstream' needs upstreamProjects: 'job-a,job-b'
            when-bad-comparator | 6:52 | unknown comparator 'FUZZY'
            when-before-agent-not-boolean | 6:29 | 'beforeAgent' expects true or false
            when-changelog-bad-regex | 6:27 | '([unclosed' is not a valid regular expression: Unclosed character class
            when-empty | 5:13 | 'when' has no conditions
            when-environment-without-value | 6:17 | when condition 'environment' needs 'value'
            when-expression-without-block | 6:17 | when condition 'expression' needs a block: expression { return ... }
            when-not-with-two-children | 6:17 | when condition 'not' needs exactly one nested condition
            step-mixed-arguments | 6:17 | step 'sh' mixes named and unnamed arguments
            step-missing-parameter | 6:17 | step 'writeFile' is missing its required parameter 'text'
            step-unknown-parameter | 6:20 | step 'sh' has no parameter 'scirpt'
            block-step-without-block | 6:17 | step 'dir' expects a block { ... }
            empty-post-condition | 11:9 | post condition 'always' has no steps
            option-with-block | 4:9 | option definitions cannot have blocks
            nested-pipeline-in-stage-stage | 4:9 | stage 'Build' has no steps, stages, parallel or matrix
            env-bare-dollar-curly | 4:15 | ${env.BUILD_NUMBER} cannot be used as a value directly; did you mean "${env.BUILD_NUMBER}"?
            env-minus-operator | 4:19 | environment variable values can only be joined with '+', not '-'
            env-credentials-not-whole-value | 4:21 | credentials() must be the whole value of an environment variable
            cron-spec-closure | 4:14 | 'cron' expects one cron spec string, e.g. cron('H */4 * * 1-5')
            step-bare-dollar-curly | 6:20 | ${FOO} cannot be used as a value directly; did you mean "${FOO}"?
            """)
    void eachErrorCaseReportsItsFirstErrorAtItsPlace(String name, String place, String message) {
        String file = name + ".jenkinsfile";
        CompileResult result = PipelineCompiler.standard().compile(file, TestFiles.resource("/errors/" + file));

        assertThat(result.pipeline()).isEmpty();
        assertThat(result.errors()).as(() -> result.diagnostics().stream().map(Diagnostic::format)
                .collect(Collectors.joining("\n"))).isNotEmpty();
        Diagnostic first = result.errors().get(0);
        assertThat(first.pos().line() + ":" + first.pos().column() + " " + first.message())
                .isEqualTo(place + " " + message);
    }
}
