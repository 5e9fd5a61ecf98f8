package cn.yanggu.workbench.app.json;

import cn.yanggu.workbench.domain.Enums;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The file's scalar values: how a text, a number, a whole number, a year and a closed vocabulary are read (with
 * the problem worded when the value is wrong) and written. The checks work on a {@link JsonNode}, so the
 * deserializers and the upgrade of older files ({@link PlanMapper}) share them.
 */
public final class Scalars {
    private Scalars() {
    }

    /** A value of the wrong kind; Jackson adds where it stands, {@link PlanMapper} turns it into a position. */
    public static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Problem(String problem) {
            super(problem, null, false, false);
        }
    }

    // ------------------------------------------------------------------ checks

    static String text(JsonNode v) {
        if (!v.isTextual()) {
            throw new Problem("expected text, found " + v.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return v.asText();
    }

    static double number(JsonNode v) {
        if (!v.isNumber()) {
            throw new Problem("expected a number, found " + v);
        }
        double d = v.asDouble();
        if (!Double.isFinite(d)) {
            throw new Problem("number out of range");
        }
        return d;
    }

    static int whole(JsonNode v) {
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new Problem("expected a whole number, found " + v);
        }
        return v.asInt();
    }

    static int between(int i, int min, int max) {
        if (i < min || i > max) {
            throw new Problem("must be between " + min + " and " + max + ": " + i);
        }
        return i;
    }

    static int year(JsonNode v) {
        return between(whole(v), Rules.Year.MIN, Rules.Year.MAX);
    }

    /** A constant from its word; a blank word is none (the comparator's is =). */
    static <E extends Enum<E>> E enumeration(Class<E> type, String s) {
        if (type == Enums.Attribute.class) {
            return s == null ? null : type.cast(attribute(s));
        }
        if (type == Enums.Comparator.class) {
            return type.cast(comparator(s));
        }
        try {
            return Enums.parse(type, s);
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                allowed.add(Enums.wire(c));
            }
            throw new Problem("expected one of " + allowed + ", found \"" + s + "\"");
        }
    }

    private static Enums.Attribute attribute(String s) {
        return switch (s) {
            case "预期性", "expected" -> Enums.Attribute.EXPECTED;
            case "约束性", "binding" -> Enums.Attribute.BINDING;
            default -> throw new Problem("expected 预期性 or 约束性, found \"" + s + "\"");
        };
    }

    private static Enums.Comparator comparator(String s) {
        try {
            return Enums.Comparator.ofSymbol(s);
        } catch (IllegalArgumentException e) {
            throw new Problem("expected one of = > >= < <=, found \"" + s + "\"");
        }
    }

    /** A constant's word in the file: the comparator's symbol, the attribute in Chinese, else the wire name. */
    static String wire(Enum<?> e) {
        if (e instanceof Enums.Comparator c) {
            return c.symbol();
        }
        if (e instanceof Enums.Attribute a) {
            return a == Enums.Attribute.BINDING ? "约束性" : "预期性";
        }
        return Enums.wire(e);
    }

    /** Numbers as the plan prints them: 1397034 not 1397034.0, 17.56 not 17.560000001. */
    static BigDecimal plain(double v) {
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    // ------------------------------------------------------------------ Jackson

    /** The (de)serializers of the scalar types, for every record of the file. */
    static SimpleModule module() {
        SimpleModule m = new SimpleModule("plan-scalars");
        Readers readers = new Readers();
        readers.addDeserializer(String.class, new TextReader(false, false, null));
        readers.addDeserializer(Double.class, new NumberReader(Double.class, false));
        readers.addDeserializer(double.class, new NumberReader(double.class, false));
        readers.addDeserializer(Integer.class, new WholeReader(Integer.class, Integer.MIN_VALUE, Integer.MAX_VALUE));
        readers.addDeserializer(int.class, new WholeReader(int.class, Integer.MIN_VALUE, Integer.MAX_VALUE));
        m.setDeserializers(readers);
        m.addSerializer(Double.class, new NumberWriter(Double.class));
        m.addSerializer(double.class, new NumberWriter(double.class));
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<Enum<?>> enumType = (Class) Enum.class;
        m.addSerializer(enumType, new EnumWriter());
        return m;
    }

    private static <A extends java.lang.annotation.Annotation> A rule(BeanProperty p, Class<A> type) {
        return p == null ? null : p.getAnnotation(type);
    }

    private static final class TextReader extends StdDeserializer<String> implements ContextualDeserializer {
        private final boolean required;
        private final boolean element;
        private final String fallback;

        TextReader(boolean required, boolean element, String fallback) {
            super(String.class);
            this.required = required;
            this.element = element;
            this.fallback = fallback;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty p) {
            if (p == null || !p.getType().hasRawClass(String.class)) {
                return new TextReader(false, p != null, null); // an item of a list of texts
            }
            Rules.Fallback f = rule(p, Rules.Fallback.class);
            return new TextReader(rule(p, Rules.Required.class) != null, false, f == null ? null : f.value());
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode v = ctxt.readTree(p);
            if (element && !v.isTextual()) {
                throw new Problem("expected text");
            }
            String s = text(v);
            if (required && s.isBlank()) {
                throw new Problem("missing text");
            }
            return s;
        }

        @Override
        public String getNullValue(DeserializationContext ctxt) {
            return fallback;
        }
    }

    private static final class NumberReader extends StdDeserializer<Double> implements ContextualDeserializer {
        private final boolean nonNegative;

        NumberReader(Class<?> type, boolean nonNegative) {
            super(type);
            this.nonNegative = nonNegative;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty p) {
            return new NumberReader(handledType(), rule(p, Rules.NonNegative.class) != null);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            double d = number(ctxt.readTree(p));
            if (nonNegative && d < 0) {
                throw new Problem("must not be negative: " + d);
            }
            return d;
        }
    }

    private static final class WholeReader extends StdDeserializer<Integer> implements ContextualDeserializer {
        private final int min;
        private final int max;

        WholeReader(Class<?> type, int min, int max) {
            super(type);
            this.min = min;
            this.max = max;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty p) {
            Rules.Between b = rule(p, Rules.Between.class);
            if (b != null) {
                return new WholeReader(handledType(), b.min(), b.max());
            }
            return rule(p, Rules.Year.class) != null ? new WholeReader(handledType(), Rules.Year.MIN, Rules.Year.MAX)
                    : this;
        }

        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return between(whole(ctxt.readTree(p)), min, max);
        }
    }

    /** The scalar readers, and every enum type of the file read from its wire word. */
    private static final class Readers extends SimpleDeserializers {
        private static final long serialVersionUID = 1L;

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
                                                        BeanDescription beanDesc) {
            return new EnumReader(type, null, false);
        }
    }

    private static final class EnumReader<E extends Enum<E>> extends StdDeserializer<E>
            implements ContextualDeserializer {
        private final Class<E> type;
        private final E fallback;
        private final boolean required;

        EnumReader(Class<E> type, E fallback, boolean required) {
            super(type);
            this.type = type;
            this.fallback = fallback;
            this.required = required;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty p) {
            Rules.Fallback f = rule(p, Rules.Fallback.class);
            return new EnumReader<>(type, enumeration(type, f == null ? null : f.value()),
                    rule(p, Rules.Required.class) != null);
        }

        @Override
        public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            E e = enumeration(type, text(ctxt.readTree(p)));
            if (e == null && required) {
                throw new Problem("missing value");
            }
            return e;
        }

        @Override
        public E getNullValue(DeserializationContext ctxt) {
            return fallback;
        }
    }

    private static final class NumberWriter extends StdSerializer<Double> {
        @SuppressWarnings("unchecked")
        NumberWriter(Class<?> type) {
            super((Class<Double>) type);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(plain(value));
        }
    }

    private static final class EnumWriter extends JsonSerializer<Enum<?>> {
        @Override
        public void serialize(Enum<?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(wire(value));
        }
    }
}
