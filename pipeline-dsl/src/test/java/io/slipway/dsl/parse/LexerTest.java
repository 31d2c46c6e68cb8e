package io.slipway.dsl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexerTest {

    private static List<Token> lex(String source) {
        ParseReporter reporter = new ParseReporter("Jenkinsfile");
        List<Token> tokens = Lexer.tokenize(source, reporter);
        assertThat(reporter.diagnostics()).as("diagnostics of %s", source).isEmpty();
        return tokens;
    }

    /** Tokens as {@code KIND:text} or, for literals, the decoded value, space separated, without EOF. */
    private static String render(String source) {
        return lex(source).stream().filter(t -> !t.is(TokenKind.EOF)).map(LexerTest::render).collect(Collectors.joining(" "));
    }

    private static String render(Token t) {
        return switch (t.kind()) {
            case STRING -> "S<" + ((String) t.value()).replace("\n", "\\n").replace("\t", "\\t") + ">";
            case NUMBER -> "N<" + t.value() + ":" + t.value().getClass().getSimpleName() + ">";
            case GSTRING -> "G<" + ((LexedGString) t.value()).strings().toString().replace("\n", "\\n") + " " + ((LexedGString) t.value()).values().stream()
                    .map(v -> v.stream().filter(x -> !x.is(TokenKind.EOF)).map(Token::text).collect(Collectors.joining(" ")))
                    .toList() + ">";
            case NEWLINE -> "NL";
            default -> t.text();
        };
    }

    @ParameterizedTest(name = "{0}  ==>  {1}")
    @CsvSource(delimiterString = "==>", quoteCharacter = '`', textBlock = """
            'single'                    ==> S<single>
            "double"                    ==> S<double>
            '''a\\nb'''                 ==> S<a\\nb>
            'it''s'                     ==> S<it> S<s>
            'a\\tb\\\\c\\'d\\"e\\$f'     ==> S<a\\tb\\c'd"e$f>
            '\\u0041\\101'              ==> S<AA>
            "cost \\$5"                 ==> S<cost $5>
            "hi ${name}!"               ==> G<[hi , !] [name]>
            "$env.BUILD_ID."            ==> G<[, .] [env . BUILD_ID]>
            "${a ? "x" : 'y'} z"        ==> G<[,  z] [a ? "x" : 'y']>
            "$a$b"                      ==> G<[, , ] [a, b]>
            "${}"                       ==> G<[, ] []>
            /a\\/b\\d/                  ==> S<a/b\\d>
            /^v$/                       ==> S<^v$>
            /${x}.*/                    ==> G<[, .*] [x]>
            $/a/b\\c$$d$/e/$            ==> S<a/b\\c$d/e>
            x / y / z                   ==> x / y / z
            a = /re/                    ==> a = S<re>
            f(/re/)                     ==> f ( S<re> )
            42 42L 0x1F 0b101 017 1_000 ==> N<42:Integer> N<42:Long> N<31:Integer> N<5:Integer> N<15:Integer> N<1000:Integer>
            3000000000 1.5 1e3 2G 1.5G  ==> N<3000000000:Long> N<1.5:BigDecimal> N<1E+3:BigDecimal> N<2:BigInteger> N<1.5:BigDecimal>
            1..5 0..<n                  ==> N<1:Integer> .. N<5:Integer> N<0:Integer> ..< n
            3.times                     ==> N<3:Integer> . times
            $name _x def in             ==> $name _x def in
            a ?. b ?: c ?[0] *. d       ==> a ?. b ?: c ?[ N<0:Integer> ] *. d
            x !in y !instanceof Z !inside ==> x !in y !instanceof Z ! inside
            a==~b =~c <=> d -> e        ==> a ==~ b =~ c <=> d -> e
            a += 1; b ?= 2              ==> a += N<1:Integer> ; b ?= N<2:Integer>
            List<List<String>>          ==> List < List < String > >
            """)
    void tokensAreReadAsGroovyReadsThem(String source, String expected) {
        assertThat(render(source.replace("\\n", "\n"))).isEqualTo(expected);
    }

    @Test
    void commentsAndShebangAreSkipped() {
        assertThat(render("#!/usr/bin/env groovy\na // line\n/* block\n still */ b")).isEqualTo("a NL b");
    }

    @Test
    void newlinesEndStatementsButNotInsideParenthesesOrBrackets() {
        assertThat(render("a\n\n\nb(1,\n2)\n[3,\n4]\nc {\nd\n}")).isEqualTo(
                "a NL b ( N<1:Integer> , N<2:Integer> ) NL [ N<3:Integer> , N<4:Integer> ] NL c { NL d NL }");
    }

    @Test
    void aBackslashAtTheEndOfALineJoinsTheLines() {
        assertThat(render("a \\\n+ b")).isEqualTo("a + b");
        assertThat(render("\"one \\\ntwo\"")).isEqualTo("S<one two>");
    }

    @Test
    void tripleQuotedGStringsSpanLinesAndInterpolate() {
        assertThat(render("\"\"\"\n  echo $FOO\n  ${bar}\n\"\"\"")).isEqualTo("G<[\\n  echo , \\n  , \\n] [FOO, bar]>");
    }

    @Test
    void tokensKnowTheirLineAndColumnWithTabsAsOneColumn() {
        List<Token> tokens = lex("a\n\tsh 'x'\n  \"${y}\"");
        assertThat(tokens.get(2)).extracting(Token::text, Token::line, Token::column).containsExactly("sh", 2, 2);
        assertThat(tokens.get(3)).extracting(Token::line, Token::column).containsExactly(2, 5);
        Token gstring = tokens.get(5);
        assertThat(gstring).extracting(Token::line, Token::column).containsExactly(3, 3);
        Token y = ((LexedGString) gstring.value()).values().get(0).get(0);
        assertThat(y).extracting(Token::text, Token::line, Token::column).containsExactly("y", 3, 6);
    }

    @Test
    void aByteOrderMarkAtTheStartIsIgnored() {
        assertThat(lex("\uFEFFpipeline").get(0)).extracting(Token::text, Token::column).containsExactly("pipeline", 1);
    }

    @Test
    void windowsLineEndingsCountAsOneNewline() {
        List<Token> tokens = lex("a\r\nb\rc");
        assertThat(tokens).extracting(Token::line).containsExactly(1, 1, 2, 2, 3, 3);
    }

    @Test
    void aQuoteRightBeforeTheClosingTripleQuoteBelongsToTheString() {
        assertThat(render("\"\"\"say \"hi\"\"\"\" x")).isEqualTo("S<say \"hi\"> x");
        assertThat(render("'''it's'''' x")).isEqualTo("S<it's'> x");
    }

    @Test
    void bigNumbersBecomeBigIntegers() {
        assertThat(lex("123456789012345678901234567890").get(0).value())
                .isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(lex("0.1").get(0).value()).isEqualTo(new BigDecimal("0.1"));
    }
}
