package cn.yanggu.workbench.domain;

import java.util.List;

/** An enterprise named by the plan, with the other spellings the plan uses for it. */
public record Enterprise(String code, String name, List<String> aliases, String source, String note) {
    public Enterprise {
        aliases = List.copyOf(aliases);
    }
}
