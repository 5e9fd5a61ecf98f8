package cn.yanggu.workbench.app.json;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the file demands of a field beyond its type, written on the fields of a record's mix-in ({@link MixIns}).
 * A field without a rule is optional (absent or null reads as null, an absent list as an empty one); a primitive
 * ({@code int}, {@code double}) is always required.
 */
public final class Rules {
    private Rules() {
    }

    /** The field must be present and not null; a text must also not be blank. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
    @JacksonAnnotationsInside
    @JsonSetter(nulls = Nulls.FAIL)
    public @interface Required {
    }

    /** A whole number between {@code min} and {@code max}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
    public @interface Between {
        int min();

        int max();
    }

    /** A year the workbench can hold (2000–2050). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
    public @interface Year {
        int MIN = 2000;
        int MAX = 2050;
    }

    /** A number that must not be negative. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
    public @interface NonNegative {
    }

    /** The wire value an absent or null field stands for (e.g. a project's kind is {@code project}). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
    public @interface Fallback {
        String value();
    }
}
