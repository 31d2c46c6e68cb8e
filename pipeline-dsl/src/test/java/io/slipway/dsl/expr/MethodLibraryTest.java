package io.slipway.dsl.expr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The String, List, Map, Number and static method libraries, with the values Groovy gives. */
class MethodLibraryTest {

    private static String eval(String source) {
        return Inspect.of(new Harness().eval(source));
    }

    @ParameterizedTest(name = "{0}  ==>  {1}")
    @CsvSource(delimiterString = "==>", quoteCharacter = '`', textBlock = """
            ' a '.trim()                        ==> 'a'
            'Ab'.toUpperCase()                  ==> 'AB'
            'Ab'.toLowerCase()                  ==> 'ab'
            'abc'.startsWith('ab')              ==> true
            'abc'.endsWith('bc')                ==> true
            'abc'.contains('b')                 ==> true
            'a,b,,c,,'.split(',')               ==> ['a', 'b', '', 'c']
            'a.b'.split(/\\./)                  ==> ['a', 'b']
            ' a b  c '.split()                  ==> ['a', 'b', 'c']
            'a,b;c'.tokenize(',;')              ==> ['a', 'b', 'c']
            'a,,b'.tokenize(',')                ==> ['a', 'b']
            ' a  b '.tokenize()                 ==> ['a', 'b']
            'aXbX'.replace('X', '-')            ==> 'a-b-'
            'a.b'.replace('.', '/')             ==> 'a/b'
            'a1b22'.replaceAll(/\\d+/, '#')     ==> 'a#b#'
            'a1b22'.replaceFirst(/\\d/, '#')    ==> 'a#b22'
            'v1.2'.replaceAll(/(\\d)/, '<$1>')  ==> 'v<1>.<2>'
            'hello'.substring(1)                ==> 'ello'
            'hello'.substring(1, 3)             ==> 'el'
            'hello'.indexOf('l')                ==> 2
            'hello'.lastIndexOf('l')            ==> 3
            'hello'.length()                    ==> 5
            'hello'.size()                      ==> 5
            ''.isEmpty()                        ==> true
            'a'.equals('a')                     ==> true
            'A'.equalsIgnoreCase('a')           ==> true
            'abc'.matches('a.c')                ==> true
            '42'.toInteger()                    ==> 42
            '42'.toLong()                       ==> 42L
            '4.2'.toBigDecimal()                ==> 4.2G
            'true'.toBoolean()                  ==> true
            'Y'.toBoolean()                     ==> true
            'no'.toBoolean()                    ==> false
            '42'.isInteger()                    ==> true
            '4.2'.isInteger()                   ==> false
            '4.2'.isNumber()                    ==> true
            'x'.isNumber()                      ==> false
            '5'.padLeft(3, '0')                 ==> '005'
            'ab'.padRight(4)                    ==> 'ab  '
            'ab'.padLeft(5, 'xy')               ==> 'xyxab'
            'abc'.take(2)                       ==> 'ab'
            'abc'.take(10)                      ==> 'abc'
            'abc'.drop(2)                       ==> 'c'
            'hello'.capitalize()                ==> 'Hello'
            'a\\nb\\n'.readLines()              ==> ['a', 'b']
            'abc'.reverse()                     ==> 'cba'
            'a-b-c'.count('-')                  ==> 2
            'build-42'.find(/\\d+/)             ==> '42'
            'a1b2'.findAll(/\\d/)               ==> ['1', '2']
            'ab'.toList()                       ==> ['a', 'b']
            'x'.empty                           ==> false
            """)
    void stringMethods(String source, String expected) {
        assertThat(eval(source)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}  ==>  {1}")
    @CsvSource(delimiterString = "==>", quoteCharacter = '`', textBlock = """
            [3, 1, 2].size()                                ==> 3
            [].isEmpty()                                    ==> true
            [1, 2].contains(2)                              ==> true
            [1, 2].contains(2.0)                            ==> true
            [1, 2, 3].collect { it * 2 }                    ==> [2, 4, 6]
            [1, 2, 3].collect()                             ==> [1, 2, 3]
            [1, 2, 3, 4].findAll { it % 2 == 0 }            ==> [2, 4]
            [0, 1, '', 'a', null].findAll()                 ==> [1, 'a']
            [1, 2, 3].find { it > 1 }                       ==> 2
            [1, 2, 3].find { it > 5 }                       ==> null
            [1, 2, 3].findIndexOf { it > 1 }                ==> 1
            [1, 2, 3].any { it > 2 }                        ==> true
            [1, 2, 3].every { it > 2 }                      ==> false
            [1, 2, 3].join(',')                             ==> '1,2,3'
            ['a', 'b'].join()                               ==> 'ab'
            [1, 2, 3].first()                               ==> 1
            [1, 2, 3].last()                                ==> 3
            [1, 2, 3].head()                                ==> 1
            [1, 2, 3].tail()                                ==> [2, 3]
            [3, 1, 2].sort()                                ==> [1, 2, 3]
            ['bb', 'a', 'ccc'].sort { it.size() }           ==> ['a', 'bb', 'ccc']
            [3, 1, 2].sort { a, b -> b <=> a }              ==> [3, 2, 1]
            [1, 2, 1, 3].unique()                           ==> [1, 2, 3]
            ['a', 'B', 'A'].unique { it.toLowerCase() }     ==> ['a', 'B']
            [1, 2, 3].reverse()                             ==> [3, 2, 1]
            [1, 2, 3].sum()                                 ==> 6
            [].sum()                                        ==> null
            [1.5, 2].sum()                                  ==> 3.5G
            ['a', 'b'].sum()                                ==> 'ab'
            [1, 2].sum(10)                                  ==> 13
            [1, 2].sum { it * 10 }                          ==> 30
            [3, 1, 2].min()                                 ==> 1
            [3, 1, 2].max()                                 ==> 3
            ['aa', 'b'].max { it.size() }                   ==> 'aa'
            [].max()                                        ==> null
            [1, 2, 1].count(1)                              ==> 2
            [1, 2, 3].count { it > 1 }                      ==> 2
            [1, 2, 3].indexOf(2)                            ==> 1
            [1, 2].collectEntries { [it, it * 10] }         ==> [1:10, 2:20]
            [['a', 1], ['b', 2]].collectEntries()           ==> [a:1, b:2]
            [1, 2, 3].groupBy { it % 2 }                    ==> [1:[1, 3], 0:[2]]
            [1, 2, 3].inject(0) { acc, x -> acc + x }       ==> 6
            [1, 2, 3].inject { acc, x -> acc * x }          ==> 6
            [1, [2, [3]]].flatten()                         ==> [1, 2, 3]
            [1, 2, 3, 4].subList(1, 3)                      ==> [2, 3]
            [1, 2, 3].take(2)                               ==> [1, 2]
            [1, 2, 3].drop(1)                               ==> [2, 3]
            [1, 2].plus(3)                                  ==> [1, 2, 3]
            [1, 2, 3].minus(2)                              ==> [1, 3]
            ['a', 'b'].withIndex()                          ==> [['a', 0], ['b', 1]]
            [].asBoolean()                                  ==> false
            [1, 2, 3].get(1)                                ==> 2
            [1, 2].remove(0)                                ==> 1
            [1, 2].add(3)                                   ==> true
            [[1, 2], [3, 4]].collect { a, b -> a + b }      ==> [3, 7]
            [1, 2, 3].collectMany { [it, it] }              ==> [1, 1, 2, 2, 3, 3]
            [1, 2, 3].intersect([2, 3, 4])                  ==> [2, 3]
            [1, 2, 3].takeWhile { it < 3 }                  ==> [1, 2]
            [1, 2].toSet()                                  ==> [1, 2]
            [1, 2, 3].each { it }                           ==> [1, 2, 3]
            """)
    void listMethods(String source, String expected) {
        assertThat(eval(source)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}  ==>  {1}")
    @CsvSource(delimiterString = "==>", quoteCharacter = '`', textBlock = """
            [a: 1, b: 2].size()                             ==> 2
            [:].isEmpty()                                   ==> true
            [a: 1].containsKey('a')                         ==> true
            [a: 1].containsValue(1.0)                       ==> true
            [a: 1].get('a')                                 ==> 1
            [a: 1].get('z')                                 ==> null
            [a: 1].getOrDefault('z', 0)                     ==> 0
            [a: 1].keySet()                                 ==> ['a']
            [a: 1, b: 2].values()                           ==> [1, 2]
            [a: 1, b: 2].collect { k, v -> k + v }          ==> ['a1', 'b2']
            [a: 1, b: 2].collect { it.key }                 ==> ['a', 'b']
            [a: 1, b: 2].findAll { k, v -> v > 1 }          ==> [b:2]
            [a: 1, b: 2].find { it.value == 2 }.key         ==> 'b'
            [a: 1, b: 2].any { k, v -> v > 1 }              ==> true
            [a: 1, b: 2].every { k, v -> v > 1 }            ==> false
            [a: 1].collectEntries { k, v -> [(k.toUpperCase()): v] } ==> [A:1]
            [b: 2, a: 1].sort()                             ==> [a:1, b:2]
            [b: 1, a: 2].sort { it.value }                  ==> [b:1, a:2]
            [a: 1].plus([b: 2])                             ==> [a:1, b:2]
            [a: 1, b: 2].remove('a')                        ==> 1
            [a: 1].put('b', 2)                              ==> null
            [a: 1, b: 2].entrySet().collect { it.key }      ==> ['a', 'b']
            [a: 1, b: 2].subMap(['b'])                      ==> [b:2]
            [a: 1, b: 2].each { k, v -> k }                 ==> [a:1, b:2]
            [a: 1, b: 3].count { k, v -> v > 1 }            ==> 1
            [a: 1].inject(0) { acc, k, v -> acc + v }       ==> 1
            """)
    void mapMethods(String source, String expected) {
        assertThat(eval(source)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}  ==>  {1}")
    @CsvSource(delimiterString = "==>", quoteCharacter = '`', textBlock = """
            (-5).abs()                          ==> 5
            3.7.toInteger()                     ==> 3
            5.toString()                        ==> '5'
            7.intdiv(2)                         ==> 3
            3.plus(4)                           ==> 7
            2.5.round()                         ==> 3G
            Integer.parseInt('12')              ==> 12
            Integer.valueOf('7')                ==> 7
            Long.parseLong('12')                ==> 12L
            Boolean.parseBoolean('TRUE')        ==> true
            String.valueOf(5)                   ==> '5'
            String.format('%03d-%s', 7, 'x')    ==> '007-x'
            sprintf('%.2f', 3.14159)            ==> '3.14'
            String.join('/', ['a', 'b'])        ==> 'a/b'
            Math.max(3, 7)                      ==> 7
            Math.min(3, 7.5)                    ==> 3.0D
            Math.abs(-2)                        ==> 2
            Integer.MAX_VALUE                   ==> 2147483647
            URLEncoder.encode('a b&c', 'UTF-8') ==> 'a+b%26c'
            new Date(0).format('yyyy-MM-dd HH:mm', 'UTC') ==> '1970-01-01 00:00'
            new Date(86400000).time             ==> 86400000L
            System.currentTimeMillis() > 0      ==> true
            """)
    void numberAndStaticMethods(String source, String expected) {
        assertThat(eval(source)).isEqualTo(expected);
    }
}
