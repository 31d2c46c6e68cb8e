package io.slipway.bench;

/**
 * Writes a realistic declarative Jenkinsfile of a given length: global agent, environment, parameters,
 * options, triggers and post, then stages that each have a {@code when}, an {@code environment}, steps
 * with a {@code script} block of Groovy, and their own {@code post}; every fourth stage runs two
 * parallel branches. Deterministic: the same length gives the same text.
 */
public final class PipelineGenerator {

    private final StringBuilder out = new StringBuilder();
    private int lines;

    private PipelineGenerator() {
    }

    /** A pipeline of at least {@code targetLines} lines (it stops after the stage that reaches it). */
    public static String pipeline(int targetLines) {
        PipelineGenerator g = new PipelineGenerator();
        g.header();
        for (int stage = 1; g.lines < targetLines - 25; stage++) {
            if (stage % 4 == 0) {
                g.parallelStage(stage);
            } else {
                g.stage(stage);
            }
        }
        g.footer();
        return g.out.toString();
    }

    private void line(String text) {
        out.append(text).append('\n');
        lines++;
    }

    private void header() {
        line("@Library('pipeline-helpers@1.4') _");
        line("");
        line("pipeline {");
        line("    agent { label 'linux && docker' }");
        line("    environment {");
        line("        REGISTRY = 'registry.example.com'");
        line("        IMAGE = \"${REGISTRY}/shop/${env.JOB_BASE_NAME}\"");
        line("        DEPLOY_CREDS = credentials('deploy-token')");
        line("    }");
        line("    parameters {");
        line("        choice(name: 'ENVIRONMENT', choices: ['staging', 'production'], description: 'Target')");
        line("        booleanParam(name: 'RUN_SLOW_TESTS', defaultValue: false, description: 'Also run slow tests')");
        line("        string(name: 'VERSION', defaultValue: '', description: 'Version to release')");
        line("    }");
        line("    options {");
        line("        timeout(time: 2, unit: 'HOURS')");
        line("        buildDiscarder(logRotator(numToKeepStr: '30'))");
        line("        disableConcurrentBuilds()");
        line("        timestamps()");
        line("    }");
        line("    triggers {");
        line("        pollSCM('H/10 * * * *')");
        line("        cron('H H(0-5) * * 1-5')");
        line("    }");
        line("    stages {");
    }

    private void stage(int n) {
        line("        stage('Module " + n + "') {");
        when(n, "            ");
        line("            environment {");
        line("                MODULE = 'module-" + n + "'");
        line("                MODULE_DIR = \"modules/${MODULE}\"");
        line("            }");
        line("            options {");
        line("                timeout(time: " + (5 + n % 10) + ", unit: 'MINUTES')");
        line("                retry(2)");
        line("            }");
        steps(n, "            ");
        line("            post {");
        line("                always {");
        line("                    junit allowEmptyResults: true, testResults: \"${MODULE_DIR}/target/surefire-reports/*.xml\"");
        line("                }");
        line("                failure {");
        line("                    mail to: 'team-" + n + "@example.com', subject: \"${MODULE} failed in ${env.BUILD_TAG}\",");
        line("                         body: \"See ${env.BUILD_URL}console\"");
        line("                }");
        line("            }");
        line("        }");
    }

    private void parallelStage(int n) {
        line("        stage('Checks " + n + "') {");
        when(n, "            ");
        line("            failFast true");
        line("            parallel {");
        for (String branch : new String[] {"lint", "security"}) {
            line("                stage('" + branch + " " + n + "') {");
            line("                    agent { docker { image 'maven:3.9.6-eclipse-temurin-17'; args '-v $HOME/.m2:/root/.m2' } }");
            line("                    steps {");
            line("                        sh \"./mvnw -B -pl modules/module-" + n + " " + branch + ":check\"");
            line("                        echo \"${env.STAGE_NAME} finished on ${env.NODE_NAME}\"");
            line("                    }");
            line("                }");
        }
        line("            }");
        line("        }");
    }

    private void when(int n, String indent) {
        line(indent + "when {");
        line(indent + "    beforeAgent true");
        line(indent + "    anyOf {");
        line(indent + "        branch 'main'");
        line(indent + "        branch pattern: 'release-\\\\d+', comparator: 'REGEXP'");
        line(indent + "        changeset 'modules/module-" + n + "/**'");
        line(indent + "        expression { params.RUN_SLOW_TESTS && env.CHANGE_ID == null }");
        line(indent + "    }");
        line(indent + "}");
    }

    private void steps(int n, String indent) {
        line(indent + "steps {");
        line(indent + "    sh \"./mvnw -B -pl ${MODULE_DIR} -am verify\"");
        line(indent + "    sh script: 'git log -1 --format=%H', returnStdout: true");
        line(indent + "    script {");
        line(indent + "        def report = readFile(\"${MODULE_DIR}/target/report.txt\").trim()");
        line(indent + "        def failures = report.readLines().findAll { it.startsWith('FAIL') }");
        line(indent + "        if (failures.size() > " + (n % 5) + " && !params.RUN_SLOW_TESTS) {");
        line(indent + "            unstable \"${failures.size()} failures in ${MODULE}\"");
        line(indent + "        } else if (report ==~ /(?s).*ERROR.*/) {");
        line(indent + "            error 'errors in the report'");
        line(indent + "        }");
        line(indent + "        for (int i = 0; i < failures.size(); i++) {");
        line(indent + "            echo \"failure ${i + 1}: ${failures[i]}\"");
        line(indent + "        }");
        line(indent + "        def tag = params.VERSION ?: \"${env.BUILD_NUMBER}-${env.GIT_COMMIT?.take(7)}\"");
        line(indent + "        currentBuild.description = \"${MODULE} ${tag}\"");
        line(indent + "    }");
        line(indent + "    dir(\"${MODULE_DIR}\") {");
        line(indent + "        withCredentials([usernamePassword(credentialsId: 'nexus', usernameVariable: 'U', passwordVariable: 'P')]) {");
        line(indent + "            sh 'curl -u \"$U:$P\" --upload-file target/*.jar https://nexus.example.com/'");
        line(indent + "        }");
        line(indent + "    }");
        line(indent + "}");
    }

    private void footer() {
        line("    }");
        line("    post {");
        line("        success {");
        line("            slackSend channel: '#builds', color: 'good', message: \"${env.JOB_NAME} #${env.BUILD_NUMBER} passed\"");
        line("        }");
        line("        failure {");
        line("            slackSend channel: '#builds', color: 'danger', message: \"${env.JOB_NAME} #${env.BUILD_NUMBER} failed\"");
        line("        }");
        line("        cleanup {");
        line("            cleanWs()");
        line("        }");
        line("    }");
        line("}");
    }
}
