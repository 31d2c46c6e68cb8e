package io.slipway.dsl.expr;

import static io.slipway.dsl.expr.Args.closure;
import static io.slipway.dsl.expr.Args.integer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The methods of lists, sets and ranges: Java's and Groovy's (each, collect, findAll, inject, ...).
 * As in Groovy, {@code sort()} and {@code unique()} change the list they are called on, {@code sort(false)}
 * and {@code unique(false)} return a new one, and {@code reverse()} always returns a new one.
 */
final class ListMethods {

    static final MethodTable<Collection<Object>> TABLE = new MethodTable<Collection<Object>>("List")
            .add("size", 0, (l, a) -> l.size())
            .add("isEmpty", 0, (l, a) -> l.isEmpty())
            .add("contains", 1, (l, a) -> GroovyEquality.contains(l, a.get(0)))
            .add("containsAll", 1, (l, a) -> Args.collection(a, 0).stream().allMatch(e -> GroovyEquality.contains(l, e)))
            .add("each", 1, (l, a) -> {
                ClosureValue c = closure(a, 0);
                new ArrayList<>(l).forEach(c::call);
                return l;
            })
            .add("eachWithIndex", 1, (l, a) -> {
                ClosureValue c = closure(a, 0);
                int i = 0;
                for (Object e : new ArrayList<>(l)) {
                    c.call(e, i++);
                }
                return l;
            })
            .add("collect", 0, (l, a) -> new ArrayList<>(l))
            .add("collect", 1, (l, a) -> collect(l, closure(a, 0)))
            .add("collectMany", 1, (l, a) -> {
                List<Object> out = new ArrayList<>();
                for (Object e : l) {
                    Object r = closure(a, 0).call(e);
                    if (r instanceof Collection<?> c) {
                        out.addAll(c);
                    } else {
                        out.add(r);
                    }
                }
                return out;
            })
            .add("findAll", 0, (l, a) -> filter(l, null))
            .add("findAll", 1, (l, a) -> filter(l, closure(a, 0)))
            .add("find", 0, (l, a) -> l.stream().filter(GroovyTruth::test).findFirst().orElse(null))
            .add("find", 1, (l, a) -> {
                for (Object e : l) {
                    if (Args.truth(closure(a, 0), e)) {
                        return e;
                    }
                }
                return null;
            })
            .add("findIndexOf", 1, (l, a) -> {
                int i = 0;
                for (Object e : l) {
                    if (Args.truth(closure(a, 0), e)) {
                        return i;
                    }
                    i++;
                }
                return -1;
            })
            .add("any", 0, (l, a) -> l.stream().anyMatch(GroovyTruth::test))
            .add("any", 1, (l, a) -> {
                for (Object e : l) {
                    if (Args.truth(closure(a, 0), e)) {
                        return true;
                    }
                }
                return false;
            })
            .add("every", 0, (l, a) -> l.stream().allMatch(GroovyTruth::test))
            .add("every", 1, (l, a) -> {
                for (Object e : l) {
                    if (!Args.truth(closure(a, 0), e)) {
                        return false;
                    }
                }
                return true;
            })
            .add("join", 0, (l, a) -> join(l, ""))
            .add("join", 1, (l, a) -> join(l, GroovyText.render(a.get(0))))
            .add("first", 0, (l, a) -> list(l).isEmpty() ? fail("first") : list(l).get(0))
            .add("head", 0, (l, a) -> list(l).isEmpty() ? fail("head") : list(l).get(0))
            .add("last", 0, (l, a) -> list(l).isEmpty() ? fail("last") : list(l).get(l.size() - 1))
            .add("tail", 0, (l, a) -> l.isEmpty() ? fail("tail") : new ArrayList<>(list(l).subList(1, l.size())))
            .add("init", 0, (l, a) -> l.isEmpty() ? fail("init") : new ArrayList<>(list(l).subList(0, l.size() - 1)))
            .add("sort", 0, (l, a) -> ListSorting.sort(l, true, null))
            .add("sort", 1, (l, a) -> a.get(0) instanceof Boolean b
                    ? ListSorting.sort(l, b, null) : ListSorting.sort(l, true, closure(a, 0)))
            .add("sort", 2, (l, a) -> ListSorting.sort(l, GroovyTruth.test(a.get(0)), closure(a, 1)))
            .add("toSorted", 0, (l, a) -> ListSorting.sort(l, false, null))
            .add("toSorted", 1, (l, a) -> ListSorting.sort(l, false, closure(a, 0)))
            .add("unique", 0, (l, a) -> ListSorting.unique(l, true, null))
            .add("unique", 1, (l, a) -> a.get(0) instanceof Boolean b
                    ? ListSorting.unique(l, b, null) : ListSorting.unique(l, true, closure(a, 0)))
            .add("toUnique", 0, (l, a) -> ListSorting.unique(l, false, null))
            .add("reverse", 0, (l, a) -> {
                List<Object> out = new ArrayList<>(l);
                java.util.Collections.reverse(out);
                return out;
            })
            .add("sum", 0, (l, a) -> ListSorting.sum(l, null, false))
            .add("sum", 1, (l, a) -> a.get(0) instanceof ClosureValue c
                    ? ListSorting.sum(collect(l, c), null, false) : ListSorting.sum(l, a.get(0), true))
            .add("min", 0, (l, a) -> ListSorting.extreme(l, null, -1))
            .add("min", 1, (l, a) -> ListSorting.extreme(l, closure(a, 0), -1))
            .add("max", 0, (l, a) -> ListSorting.extreme(l, null, 1))
            .add("max", 1, (l, a) -> ListSorting.extreme(l, closure(a, 0), 1))
            .add("count", 1, (l, a) -> (int) l.stream().filter(e -> a.get(0) instanceof ClosureValue c
                    ? Args.truth(c, e) : GroovyEquality.equal(e, a.get(0))).count())
            .add("add", 1, (l, a) -> l.add(a.get(0)))
            .add("add", 2, (l, a) -> {
                list(l).add(integer(a, 0), a.get(1));
                return null;
            })
            .add("addAll", 1, (l, a) -> l.addAll(Args.collection(a, 0)))
            .add("leftShift", 1, (l, a) -> Operators.leftShift(l, a.get(0)))
            .add("push", 1, (l, a) -> {
                list(l).add(0, a.get(0));
                return true;
            })
            .add("pop", 0, (l, a) -> l.isEmpty() ? fail("pop") : list(l).remove(0))
            .add("removeLast", 0, (l, a) -> l.isEmpty() ? fail("removeLast") : list(l).remove(l.size() - 1))
            .add("remove", 1, (l, a) -> a.get(0) instanceof Integer i && l instanceof List<Object> list
                    ? list.remove((int) i) : removeValue(l, a.get(0)))
            .add("removeAll", 1, (l, a) -> a.get(0) instanceof ClosureValue c
                    ? l.removeIf(e -> Args.truth(c, e)) : l.removeIf(e -> GroovyEquality.contains(Args.collection(a, 0), e)))
            .add("retainAll", 1, (l, a) -> a.get(0) instanceof ClosureValue c
                    ? l.removeIf(e -> !Args.truth(c, e)) : l.removeIf(e -> !GroovyEquality.contains(Args.collection(a, 0), e)))
            .add("clear", 0, (l, a) -> {
                l.clear();
                return null;
            })
            .add("get", 1, (l, a) -> list(l).get(integer(a, 0)))
            .add("getAt", 1, (l, a) -> Subscripts.get(l, a.get(0)))
            .add("set", 2, (l, a) -> list(l).set(integer(a, 0), a.get(1)))
            .add("putAt", 2, (l, a) -> {
                Subscripts.set(l, a.get(0), a.get(1));
                return null;
            })
            .add("indexOf", 1, (l, a) -> indexOf(l, a.get(0)))
            .add("lastIndexOf", 1, (l, a) -> {
                List<Object> list = list(l);
                for (int i = list.size() - 1; i >= 0; i--) {
                    if (GroovyEquality.equal(list.get(i), a.get(0))) {
                        return i;
                    }
                }
                return -1;
            })
            .add("collectEntries", 0, (l, a) -> ListGrouping.collectEntries(l, null))
            .add("collectEntries", 1, (l, a) -> ListGrouping.collectEntries(l, closure(a, 0)))
            .add("groupBy", 1, (l, a) -> ListGrouping.groupBy(l, closure(a, 0)))
            .add("countBy", 1, (l, a) -> ListGrouping.countBy(l, closure(a, 0)))
            .add("inject", 1, (l, a) -> ListGrouping.inject(l, null, false, closure(a, 0)))
            .add("inject", 2, (l, a) -> ListGrouping.inject(l, a.get(0), true, closure(a, 1)))
            .add("flatten", 0, (l, a) -> ListGrouping.flatten(l, new ArrayList<>()))
            .add("subList", 2, (l, a) -> new ArrayList<>(list(l).subList(integer(a, 0), integer(a, 1))))
            .add("take", 1, (l, a) -> new ArrayList<>(list(l).subList(0, clamp(integer(a, 0), l.size()))))
            .add("drop", 1, (l, a) -> new ArrayList<>(list(l).subList(clamp(integer(a, 0), l.size()), l.size())))
            .add("takeWhile", 1, (l, a) -> {
                List<Object> out = new ArrayList<>();
                for (Object e : l) {
                    if (!Args.truth(closure(a, 0), e)) {
                        break;
                    }
                    out.add(e);
                }
                return out;
            })
            .add("dropWhile", 1, (l, a) -> {
                List<Object> out = new ArrayList<>();
                boolean dropping = true;
                for (Object e : l) {
                    dropping = dropping && Args.truth(closure(a, 0), e);
                    if (!dropping) {
                        out.add(e);
                    }
                }
                return out;
            })
            .add("plus", 1, (l, a) -> Operators.plus(l, a.get(0)))
            .add("minus", 1, (l, a) -> Operators.minus(l, a.get(0)))
            .add("multiply", 1, (l, a) -> Operators.multiply(l, a.get(0)))
            .add("intersect", 1, (l, a) -> filter(l, null).stream()
                    .filter(e -> GroovyEquality.contains(Args.collection(a, 0), e)).collect(java.util.stream.Collectors.toCollection(ArrayList::new)))
            .add("disjoint", 1, (l, a) -> l.stream().noneMatch(e -> GroovyEquality.contains(Args.collection(a, 0), e)))
            .add("withIndex", 0, (l, a) -> {
                List<Object> out = new ArrayList<>();
                int i = 0;
                for (Object e : l) {
                    List<Object> pair = new ArrayList<>();
                    pair.add(e);
                    pair.add(i++);
                    out.add(pair);
                }
                return out;
            })
            .add("step", 1, (l, a) -> step(l, integer(a, 0)))
            .add("asBoolean", 0, (l, a) -> !l.isEmpty())
            .add("toList", 0, (l, a) -> new ArrayList<>(l))
            .add("asList", 0, (l, a) -> l instanceof List ? l : new ArrayList<>(l))
            .add("toSet", 0, (l, a) -> new LinkedHashSet<>(l))
            .add("equals", 1, (l, a) -> GroovyEquality.equal(l, a.get(0)))
            .add("toString", 0, (l, a) -> GroovyText.render(l));

    private ListMethods() {
    }

    static List<Object> list(Collection<Object> c) {
        return c instanceof List<Object> l ? l : new ArrayList<>(c);
    }

    static List<Object> collect(Collection<?> l, ClosureValue c) {
        List<Object> out = new ArrayList<>();
        for (Object e : l) {
            out.add(c.call(e));
        }
        return out;
    }

    private static List<Object> filter(Collection<Object> l, ClosureValue c) {
        List<Object> out = new ArrayList<>();
        for (Object e : l) {
            if (c == null ? GroovyTruth.test(e) : Args.truth(c, e)) {
                out.add(e);
            }
        }
        return out;
    }

    static String join(Collection<?> l, String separator) {
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (Object e : l) {
            if (!first) {
                out.append(separator);
            }
            first = false;
            out.append(GroovyText.render(e));
        }
        return out.toString();
    }

    private static boolean removeValue(Collection<Object> l, Object value) {
        var it = l.iterator();
        while (it.hasNext()) {
            if (GroovyEquality.equal(it.next(), value)) {
                it.remove();
                return true;
            }
        }
        return false;
    }

    private static int indexOf(Collection<Object> l, Object value) {
        int i = 0;
        for (Object e : l) {
            if (GroovyEquality.equal(e, value)) {
                return i;
            }
            i++;
        }
        return -1;
    }

    /** {@code (1..10).step(3)}: every n-th element of a range, from its start. */
    private static List<Object> step(Collection<Object> l, int n) {
        if (!((Object) l instanceof RangeValue) || n <= 0) {
            throw ScriptFault.unsupported(ExprMessages.unknownMethod("step", GroovyTypes.name(l)) + " (ranges take a positive step)");
        }
        List<Object> out = new ArrayList<>();
        List<Object> all = list(l);
        for (int i = 0; i < all.size(); i += n) {
            out.add(all.get(i));
        }
        return out;
    }

    private static int clamp(int n, int size) {
        return Math.max(0, Math.min(n, size));
    }

    private static Object fail(String method) {
        throw new NoSuchElementException("Cannot access " + method + "() element from an empty List");
    }
}
