package cn.yanggu.workbench.app;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;

/**
 * Tests only: a copy of any record (a plan record, or the plan itself) with one component replaced by name, by
 * reflection. The application copies records through their typed fields ({@code RecordField}) and withX methods.
 */
public final class Records {
    private Records() {
    }

    /** The value of a record's component. */
    public static Object get(Object record, String component) {
        for (RecordComponent rc : record.getClass().getRecordComponents()) {
            if (rc.getName().equals(component)) {
                try {
                    return rc.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + component);
    }

    /** {@code record} with {@code component} set to {@code value}. */
    @SuppressWarnings("unchecked")
    public static <R> R with(R record, String component, Object value) {
        RecordComponent[] rcs = record.getClass().getRecordComponents();
        Object[] args = new Object[rcs.length];
        Class<?>[] types = new Class<?>[rcs.length];
        boolean found = false;
        for (int i = 0; i < rcs.length; i++) {
            types[i] = rcs[i].getType();
            if (rcs[i].getName().equals(component)) {
                args[i] = value;
                found = true;
            } else {
                try {
                    args[i] = rcs[i].getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        if (!found) {
            throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + component);
        }
        try {
            Constructor<?> c = record.getClass().getDeclaredConstructor(types);
            return (R) c.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
