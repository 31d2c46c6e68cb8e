package io.slipway.dsl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.dsl.ast.ExprStmt;
import io.slipway.dsl.ast.Stmt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionPrecedenceTest {

    static String parseExpression(String source) {
        ParseResult result = GroovyParser.parse("Jenkinsfile", "x = " + source);
        assertThat(result.diagnostics()).as("diagnostics of %s", source).isEmpty();
        Stmt stmt = result.ast().statements().get(0);
        return AstPrinter.expr(((io.slipway.dsl.ast.AssignStmt) stmt).value());
    }

    @ParameterizedTest(name = "{0}  ==>  {1}")
    @CsvSource(delimiterString = "==>", quoteCharacter = '`', textBlock = """
            a + b * c                  ==> (a + (b * c))
            a * b + c                  ==> ((a * b) + c)
            a - b - c                  ==> ((a - b) - c)
            a / b % c                  ==> ((a / b) % c)
            2 ** 3 ** 2                ==> (2 ** (3 ** 2))
            -a ** 2                    ==> (-(a ** 2))
            !a && b                    ==> ((!a) && b)
            a || b && c                ==> (a || (b && c))
            a && b || c && d           ==> ((a && b) || (c && d))
            a | b ^ c & d              ==> (a | (b ^ (c & d)))
            a == b && c != d           ==> ((a == b) && (c != d))
            a < b == c > d             ==> ((a < b) == (c > d))
            a <=> b                    ==> (a <=> b)
            s =~ /a.c/                 ==> (s =~ 'a.c')
            s ==~ /a\\/c/              ==> (s ==~ 'a/c')
            x in list && y !in list    ==> ((x in list) && (y !in list))
            x instanceof String        ==> (x instanceof String)
            (x as Integer) + 1         ==> ((x as Integer) + 1)
            1 << 2 + 3                 ==> (1 << (2 + 3))
            a >> 1                     ==> (a >> 1)
            1..5                       ==> (1..5)
            0..<n - 1                  ==> (0..<(n - 1))
            a ? b : c                  ==> (a ? b : c)
            a ? b : c ? d : e          ==> (a ? b : (c ? d : e))
            a ?: b ?: c                ==> (a ?: (b ?: c))
            a || b ? c : d             ==> ((a || b) ? c : d)
            i++ + ++j                  ==> ((i++) + (++j))
            ~/re/                      ==> (~'re')
            (a + b) * c                ==> ((a + b) * c)
            (String) x + y             ==> ((x as String) + y)
            (x) + 1                    ==> (x + 1)
            a.b.c                      ==> a.b.c
            a?.b*.c                    ==> a?.b*.c
            a[0][1]                    ==> a[0][1]
            a?[0]                      ==> a?[0]
            a.b(c).d                   ==> a.b(c).d
            env.'X'                    ==> env.X
            params."${p}"              ==> params["${p}"]
            foo(a, b: 1)               ==> foo(b: 1, a)
            list.collect { it * 2 }    ==> list.collect(){(it * 2)}
            list.each { k, v -> k }    ==> list.each(){k, v -> k}
            list.find { String s -> s } ==> list.find(){s -> s}
            names*.trim()              ==> names.collect(){it.trim()}
            [a: 1, 'b': 2, (k): v]     ==> ['a': 1, 'b': 2, k: v]
            [:]                        ==> [:]
            []                         ==> []
            [1, 2, 3,]                 ==> [1, 2, 3]
            new Date()                 ==> new Date()
            new File(path: 'x')        ==> new File(['path': 'x'])
            this.x                     ==> this.x
            "a${b}c$d.e"               ==> "a${b}c${d.e}"
            { -> 1 }                   ==> {1}
            true && false || null      ==> ((true && false) || null)
            list << 'a' << 'b'         ==> ((list << 'a') << 'b')
            list[-1]                   ==> list[(-1)]
            parts[0] as int            ==> (parts[0] as int)
            x.y instanceof Map ? 1 : 2 ==> ((x.y instanceof Map) ? 1 : 2)
            !(a in b)                  ==> (!(a in b))
            new ArrayList<String>()    ==> new ArrayList<String>()
            [(k): v * 2]               ==> [k: (v * 2)]
            a?.b?.c ?: 'none'          ==> (a?.b?.c ?: 'none')
            'a'.toUpperCase().size()   ==> 'a'.toUpperCase().size()
            "${x}".trim()              ==> "${x}".trim()
            (0..<3).collect { i -> i } ==> (0..<3).collect(){i -> i}
            x.'a-b'()                  ==> x.a-b()
            1 + 2 as String            ==> ((1 + 2) as String)
            """)
    void operatorsBindAsInGroovy(String source, String expected) {
        assertThat(parseExpression(source)).isEqualTo(expected);
    }
}
