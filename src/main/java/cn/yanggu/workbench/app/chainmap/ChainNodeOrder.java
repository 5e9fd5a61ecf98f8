package cn.yanggu.workbench.app.chainmap;

import cn.yanggu.workbench.app.Changed;
import cn.yanggu.workbench.app.Command;
import cn.yanggu.workbench.app.Writer;
import cn.yanggu.workbench.domain.ChainMap;
import cn.yanggu.workbench.store.ChainMapRepository;

import java.util.List;
import java.util.Set;

/**
 * A link moved up or down within its cell of the map (its stage and sub-chain): the places of the links of its
 * stage as they were ({@code before}) and as they become ({@code after}), written together — one undo step, one
 * change-log entry naming the link and its place in the cell before and after.
 */
public record ChainNodeOrder(String label, String moved, int placeBefore, int placeAfter, List<ChainMap.Node> before,
                             List<ChainMap.Node> after) implements Command {
    public ChainNodeOrder {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    @Override
    public Command write(Writer w) {
        w.tx().exec(c -> {
            for (ChainMap.Node n : after) {
                ChainMapRepository.put(c, n);
            }
        });
        w.audit("update", ChainNodeChange.ENTITY, moved, "order", String.valueOf(placeBefore),
                String.valueOf(placeAfter));
        return this;
    }

    @Override
    public Command inverse() {
        return new ChainNodeOrder(label, moved, placeAfter, placeBefore, after, before);
    }

    @Override
    public Changed changed() {
        return new Changed(Set.of(), Set.of(), Set.of(Changed.Part.CHAIN_MAP));
    }

    /**
     * The step that moves {@code node} one place up ({@code delta} −1) or down (+1) among the links of its cell (same
     * chain, stage and sub-chain) in {@code map}; empty when it is first or last there already. The links of its
     * stage are numbered 0, 1, 2 … afresh in their new order.
     */
    public static java.util.Optional<ChainNodeOrder> of(String label, ChainMap map, ChainMap.Node node, int delta) {
        List<ChainMap.Node> stage = map.of(node.chainCode()).stream().filter(n -> n.stage() == node.stage()).toList();
        List<ChainMap.Node> cell = stage.stream().filter(n -> java.util.Objects.equals(n.branch(), node.branch()))
                .toList();
        int at = cell.indexOf(node);
        int to = at + delta;
        if (at < 0 || to < 0 || to >= cell.size()) {
            return java.util.Optional.empty();
        }
        List<ChainMap.Node> order = new java.util.ArrayList<>(stage);
        int i = order.indexOf(node);
        int j = order.indexOf(cell.get(to));
        order.set(i, cell.get(to));
        order.set(j, node);
        List<ChainMap.Node> before = new java.util.ArrayList<>();
        List<ChainMap.Node> after = new java.util.ArrayList<>();
        for (int k = 0; k < order.size(); k++) {
            ChainMap.Node n = order.get(k);
            if (n.order() != k) {
                before.add(n);
                after.add(n.withPlace(n.stage(), n.branch(), k));
            }
        }
        return java.util.Optional.of(new ChainNodeOrder(label, node.name(), at + 1, to + 1, before, after));
    }
}
