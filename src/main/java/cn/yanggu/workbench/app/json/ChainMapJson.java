package cn.yanggu.workbench.app.json;

import cn.yanggu.workbench.domain.ChainMap;
import cn.yanggu.workbench.domain.Enums;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The JSON form of the 产业链图谱 ({@code seeds/chain-maps.json}, and {@code chainMaps} beside the plan): one object
 * per node with readable keys, enums by their wire names (upstream, chain_leader, fill …).
 */
public final class ChainMapJson {
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    /** The file: where its nodes come from, and the nodes. */
    record File(String source, List<NodeJson> nodes) {
    }

    record MemberJson(String enterprise, String role, String source) {
    }

    record NodeJson(String code, String chain, String stage, String branch, String name, int order, String intent,
                    String intentQuote, String weakQuote, List<MemberJson> members, List<String> projects,
                    String source) {
    }

    /** A field of the file that is missing or has a value the map does not know; the message names where. */
    public static final class Invalid extends IOException {
        private static final long serialVersionUID = 1L;

        public Invalid(String message) {
            super(message);
        }
    }

    public ChainMap read(InputStream in) throws IOException {
        return read(json.readTree(in));
    }

    /** The map held by {@code node} (the seed file's object, or {@code chainMaps} of an export). */
    public ChainMap read(com.fasterxml.jackson.databind.JsonNode node) throws IOException {
        File f;
        try {
            f = json.treeToValue(node, File.class);
        } catch (JsonMappingException e) {
            throw new Invalid(e.getPathReference() + ": " + e.getOriginalMessage());
        }
        List<ChainMap.Node> nodes = new java.util.ArrayList<>();
        int i = 0;
        for (NodeJson n : f.nodes() == null ? List.<NodeJson>of() : f.nodes()) {
            String at = "nodes[" + i++ + "]";
            if (n == null || n.code() == null || n.chain() == null || n.name() == null || n.stage() == null) {
                throw new Invalid(at + ": code, chain, stage and name are required");
            }
            List<ChainMap.Member> members = new java.util.ArrayList<>();
            for (MemberJson m : n.members() == null ? List.<MemberJson>of() : n.members()) {
                if (m == null || m.enterprise() == null || m.role() == null) {
                    throw new Invalid(at + ".members: enterprise and role are required");
                }
                members.add(new ChainMap.Member(m.enterprise(), parse(ChainMap.Role.class, m.role(), at + ".role"),
                        m.source()));
            }
            nodes.add(new ChainMap.Node(n.code(), n.chain(), parse(ChainMap.Stage.class, n.stage(), at + ".stage"),
                    n.branch(), n.name(), n.order(), parse(ChainMap.Intent.class, n.intent(), at + ".intent"),
                    n.intentQuote(), n.weakQuote(), members, projects(n, at),
                    n.source()));
        }
        return new ChainMap(nodes);
    }

    /** The map as a JSON tree, e.g. to put beside the plan in an export. */
    public com.fasterxml.jackson.databind.JsonNode tree(ChainMap map, String source) {
        return json.valueToTree(file(map, source));
    }

    public byte[] write(ChainMap map, String source) throws IOException {
        return json.writeValueAsBytes(file(map, source));
    }

    private File file(ChainMap map, String source) {
        List<NodeJson> nodes = map.nodes().stream().map(n -> new NodeJson(n.code(), n.chainCode(),
                Enums.wire(n.stage()), n.branch(), n.name(), n.order(),
                n.intent() == null ? null : Enums.wire(n.intent()), n.intentQuote(), n.weakQuote(),
                n.members().stream().map(m -> new MemberJson(m.enterpriseCode(), Enums.wire(m.role()), m.source()))
                        .toList(), n.projectCodes(), n.source())).toList();
        return new File(source, nodes);
    }

    private static List<String> projects(NodeJson n, String at) throws Invalid {
        if (n.projects() == null) {
            return List.of();
        }
        if (n.projects().contains(null)) {
            throw new Invalid(at + ".projects: a project code is empty");
        }
        return n.projects();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String wire, String at) throws Invalid {
        try {
            return Enums.parse(type, wire);
        } catch (IllegalArgumentException e) {
            throw new Invalid(at + ": unknown value " + wire);
        }
    }
}
