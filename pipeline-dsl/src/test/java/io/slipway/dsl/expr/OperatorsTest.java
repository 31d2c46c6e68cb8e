package io.slipway.dsl.expr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every operator, with the value Groovy gives (see {@link Inspect} for how types show). */
class OperatorsTest {

    @ParameterizedTest(name = "{0}  ==>  {1}")
    @CsvSource(delimiterString = "==>", quoteCharacter = '`', textBlock = """
            1 + 2                          ==> 3
            2147483647 + 1                 ==> -2147483648
            1 + 2L                         ==> 3L
            7 / 2                          ==> 3.5G
            6 / 3                          ==> 2G
            1 / 3                          ==> 0.3333333333G
            2.0 / 3                        ==> 0.6666666667G
            Math.sqrt(49) / 2              ==> 3.5D
            7.intdiv(2)                    ==> 3
            7 % 3                          ==> 1
            -7 % 3                         ==> -1
            2 ** 10                        ==> 1024
            2 ** 40                        ==> 1099511627776L
            2 ** -1                        ==> 0.5D
            1.5 + 1                        ==> 2.5G
            0.1 + 0.2                      ==> 0.3G
            10 - 2.5                       ==> 7.5G
            3 * 1.5                        ==> 4.5G
            -(3)                           ==> -3
            1 == 1.0                       ==> true
            0.1 + 0.2 == 0.3               ==> true
            null == null                   ==> true
            null == 0                      ==> false
            1 == '1'                       ==> false
            [1, 2] == [1, 2.0]             ==> true
            [a: 1] == [a: 1.0]             ==> true
            'a' != 'b'                     ==> true
            1 < 2                          ==> true
            2.5 >= 2                       ==> true
            'a' < 'b'                      ==> true
            null < 1                       ==> true
            2 <=> 1                        ==> 1
            1 <=> 1.0                      ==> 0
            'a' <=> 'b'                    ==> -1
            'a' + 1                        ==> 'a1'
            1 + 'a'                        ==> '1a'
            'x' + null                     ==> 'xnull'
            'v' + [1, 2]                   ==> 'v[1, 2]'
            'm' + [a: 1]                   ==> 'm[a:1]'
            [1, 2] + [3]                   ==> [1, 2, 3]
            [1, 2] + 3                     ==> [1, 2, 3]
            [1, 2, 2, 3] - [2]             ==> [1, 3]
            [1, 2, 3] - 2                  ==> [1, 3]
            [a: 1] + [b: 2]                ==> [a:1, b:2]
            [a: 1, b: 2] + [a: 3]          ==> [a:3, b:2]
            'ab' * 3                       ==> 'ababab'
            [1, 2] * 2                     ==> [1, 2, 1, 2]
            'hello world' - 'o'            ==> 'hell world'
            [1] << 2                       ==> [1, 2]
            1 << 4                         ==> 16
            16 >> 2                        ==> 4
            5 & 3                          ==> 1
            5 | 3                          ==> 7
            5 ^ 3                          ==> 6
            true && false                  ==> false
            null || 'x'                    ==> true
            !''                            ==> true
            !'a'                           ==> false
            ![]                            ==> true
            ![:]                           ==> true
            !0                             ==> true
            !0.0                           ==> true
            'abc' ==~ /a.c/                ==> true
            'xabcx' ==~ /a.c/              ==> false
            ('xabcx' =~ /a.c/) as Boolean  ==> true
            !('xyz' =~ /a/)                ==> true
            ('v1.2' =~ /v(\\d+)\\.(\\d+)/)[0][2] ==> '2'
            'aaa' ==~ ~/a+/                ==> true
            2 in [1, 2, 3]                 ==> true
            'k' in [k: 1]                  ==> true
            3 in 1..5                      ==> true
            5 in 1..<5                     ==> false
            'b' !in ['a']                  ==> true
            'abc' in 'abc'                 ==> true
            1 instanceof Integer           ==> true
            's' instanceof String          ==> true
            [1] instanceof List            ==> true
            [:] instanceof Map             ==> true
            1 instanceof String            ==> false
            '' ? 'y' : 'n'                 ==> 'n'
            'a' ? 'y' : 'n'                ==> 'y'
            0 ?: 5                         ==> 5
            'a' ?: 'b'                     ==> 'a'
            null?.size()                   ==> null
            null?.foo                      ==> null
            [[a: 1], [a: 2]]*.a            ==> [1, 2]
            ['a', 'b']*.toUpperCase()      ==> ['A', 'B']
            [[a: 1], [a: 2]].a             ==> [1, 2]
            [1, 2, 3][-1]                  ==> 3
            [1, 2, 3][5]                   ==> null
            [1, 2, 3][0..1]                ==> [1, 2]
            [1, 2, 3][1..-1]               ==> [2, 3]
            [1, 2, 3][0, 2]                ==> [1, 3]
            'hello'[1]                     ==> 'e'
            'hello'[-1]                    ==> 'o'
            'hello'[0..2]                  ==> 'hel'
            'hello'[0..<2]                 ==> 'he'
            'hello'[-3..-1]                ==> 'llo'
            'hello'[4..0]                  ==> 'olleh'
            [a: 1]['a']                    ==> 1
            [a: 1].a                       ==> 1
            [a: 1].missing                 ==> null
            (1..4).sum()                   ==> 10
            1..3                           ==> [1, 2, 3]
            (5..1).toList()                ==> [5, 4, 3, 2, 1]
            (1..<1).size()                 ==> 0
            (1..10).step(3)                ==> [1, 4, 7, 10]
            (10..1).step(4)                ==> [10, 6, 2]
            '12' as Integer                ==> 12
            ' 12 ' as Integer              ==> 12
            '12' as Long                   ==> 12L
            '1.5' as BigDecimal            ==> 1.5G
            3.7 as int                     ==> 3
            (int) 3.7                      ==> 3
            '12' as int                    ==> 12
            '5' as int                     ==> 5
            5 as String                    ==> '5'
            [1, 2] as String               ==> '[1, 2]'
            'abc' as List                  ==> ['a', 'b', 'c']
            [1, 1, 2] as Set               ==> [1, 2]
            '' as Boolean                  ==> false
            'false' as Boolean             ==> true
            "${1 + 1} and ${[1, 2]}"       ==> '2 and [1, 2]'
            "a${null}b"                    ==> 'anullb'
            """)
    void operatorGivesGroovysValue(String source, String expected) {
        assertThat(Inspect.of(new Harness().eval(source))).isEqualTo(expected);
    }
}
