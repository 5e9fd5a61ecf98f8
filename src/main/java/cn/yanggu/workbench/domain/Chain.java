package cn.yanggu.workbench.domain;

import java.util.List;

/** One of the six industry chains (section 三), with its brand, links and enterprises. */
public record Chain(String code, String name, List<String> aliases, String brand, String brandSource,
                    String positioning, String section, Integer column,
                    List<Link> links, List<Member> enterprises) {
    public Chain {
        aliases = List.copyOf(aliases);
        links = List.copyOf(links);
        enterprises = List.copyOf(enterprises);
    }

    /** A link (环节) of the chain, grouped as the plan groups them. */
    public record Link(String group, String name, String detail, String source) {
    }

    /** An enterprise of the chain and its role. */
    public record Member(String enterpriseCode, Enums.EnterpriseRole role, String source) {
    }
}
