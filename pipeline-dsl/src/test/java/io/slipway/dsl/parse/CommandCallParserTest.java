package io.slipway.dsl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandCallParserTest {

    static String parse(String source) {
        ParseResult result = GroovyParser.parse("Jenkinsfile", source.replace("\\n", "\n"));
        assertThat(result.diagnostics()).as("diagnostics of %s", source).isEmpty();
        return AstPrinter.statements(result.ast().statements());
    }

    @ParameterizedTest(name = "{0}  ==>  {1}")
    @CsvSource(delimiterString = "==>", quoteCharacter = '`', textBlock = """
            sh 'x'                                          ==> sh('x')
            sh('x')                                         ==> sh('x')
            echo "hi ${name}"                               ==> echo("hi ${name}")
            sh script: 'x', returnStdout: true              ==> sh(script: 'x', returnStdout: true)
            git url: 'u', branch: 'main'                    ==> git(url: 'u', branch: 'main')
            error 'msg'                                     ==> error('msg')
            input message: 'ok?', ok: 'Yes'                 ==> input(message: 'ok?', ok: 'Yes')
            timeout(time: 5, unit: 'MINUTES') { sh 'a' }    ==> timeout(time: 5, unit: 'MINUTES'){sh('a')}
            retry(3) { sh 'a' }                             ==> retry(3){sh('a')}
            dir('x') { }                                    ==> dir('x'){}
            withEnv(['A=1', 'B=2']) { sh 'env' }            ==> withEnv(['A=1', 'B=2']){sh('env')}
            withCredentials([usernamePassword(credentialsId: 'c', usernameVariable: 'U', passwordVariable: 'P')]) { sh 'x' } ==> withCredentials([usernamePassword(credentialsId: 'c', usernameVariable: 'U', passwordVariable: 'P')]){sh('x')}
            stage('x') { steps { sh 'make' } }              ==> stage('x'){steps(){sh('make')}}
            agent any                                       ==> agent(any)
            agent none                                      ==> agent(none)
            agent { label 'x' }                             ==> agent(){label('x')}
            cron('H */4 * * 1-5')                           ==> cron('H */4 * * 1-5')
            choice(name: 'ENV', choices: ['a','b'], description: '') ==> choice(name: 'ENV', choices: ['a', 'b'], description: '')
            buildDiscarder(logRotator(numToKeepStr: '10'))  ==> buildDiscarder(logRotator(numToKeepStr: '10'))
            pollSCM 'H/5 * * * *'                           ==> pollSCM('H/5 * * * *')
            docker { image 'maven:3'; args '-v /tmp:/tmp' } ==> docker(){image('maven:3'); args('-v /tmp:/tmp')}
            label 'linux'                                   ==> label('linux')
            branch 'main'                                   ==> branch('main')
            environment name: 'X', value: 'y'               ==> environment(name: 'X', value: 'y')
            not { branch 'main' }                           ==> not(){branch('main')}
            expression { return params.DEPLOY }             ==> expression(){return params.DEPLOY}
            triggeredBy 'TimerTrigger'                      ==> triggeredBy('TimerTrigger')
            triggeredBy cause: 'UserIdCause'                ==> triggeredBy(cause: 'UserIdCause')
            maven 'M3'                                      ==> maven('M3')
            jdk 'jdk17'                                     ==> jdk('jdk17')
            parallel { stage('a') { steps { sh 'a' } } }    ==> parallel(){stage('a'){steps(){sh('a')}}}
            failFast true                                   ==> failFast(true)
            axes { axis { name 'PLATFORM'; values 'linux', 'mac' } } ==> axes(){axis(){name('PLATFORM'); values('linux', 'mac')}}
            values 'a', 'b', 'c'                            ==> values('a', 'b', 'c')
            values 'a',\\n   'b'                            ==> values('a', 'b')
            steps { }                                       ==> steps(){}
            steps {}                                        ==> steps(){}
            pipeline {\\n agent any\\n}                     ==> pipeline(){agent(any)}
            stage('x')\\n{\\n steps\\n {\\n sh 'a'\\n }\\n} ==> stage('x'){steps(){sh('a')}}
            node('linux') { checkout scm }                  ==> node('linux'){checkout(scm)}
            echo 'a'; echo 'b'                              ==> echo('a'); echo('b')
            echo currentBuild.result                        ==> echo(currentBuild.result)
            println x.y(z).w                                ==> println(x.y(z).w)
            echo "a" + b                                    ==> echo(('a' + b))
            echo !done                                      ==> echo((!done))
            currentBuild.description 'x'                    ==> currentBuild.description('x')
            slackSend channel: '#ops', message: "${env.JOB_NAME} done" ==> slackSend(channel: '#ops', message: "${env.JOB_NAME} done")
            mail to: 'a@b.c', subject: 'x', body: 'y'       ==> mail(to: 'a@b.c', subject: 'x', body: 'y')
            foo default: 1                                  ==> foo(default: 1)
            parallel 'one': { echo '1' }, failFast: true    ==> parallel(one: {echo('1')}, failFast: true)
            parallel branches                               ==> parallel(branches)
            'org.example.DockerTool' '24.0'                 ==> org.example.DockerTool('24.0')
            checkout([$class: 'GitSCM', branches: [[name: '*/main']]]) ==> checkout(['$class': 'GitSCM', 'branches': [['name': '*/main']]])
            env.PATH = "${tool 'mvn'}/bin:${env.PATH}"      ==> env.PATH = "${tool('mvn')}/bin:${env.PATH}"
            catchError(buildResult: 'SUCCESS') { sh 'false' } ==> catchError(buildResult: 'SUCCESS'){sh('false')}
            timeout(10) { waitUntil { fileExists 'ready' } } ==> timeout(10){waitUntil(){fileExists('ready')}}
            build job: 'down', parameters: [string(name: 'A', value: 'b')], wait: false ==> build(job: 'down', parameters: [string(name: 'A', value: 'b')], wait: false)
            sh label: 'x', script: '''\\n make\\n'''        ==> sh(label: 'x', script: '\\n make\\n')
            """)
    void everyCallFormOfJenkinsfilesParses(String source, String expected) {
        assertThat(parse(source)).isEqualTo(expected);
    }
}
