package cn.yanggu.workbench.app.charts;

import cn.yanggu.workbench.app.Words;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.Chain;
import cn.yanggu.workbench.domain.ChainMap;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Plan;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One chain's 产业链图谱 as a slide chart: the links laid out in three stage columns (上游 → 中游 → 下游) and one
 * band per sub-chain, each node a box with its name, its local enterprises and their role, its projects, its state
 * (已有 / 薄弱 / 缺失, in words and a border, never colour alone) and the bureau's intent. The layout is automatic
 * ({@link #layout}): boxes share a column's width, a column splits into two or three when the boxes do not fit the
 * height, and the text shrinks only when even that is not enough. Each box is a chart entity whose URL text is the
 * node's code, so the window tells which node was clicked.
 */
public final class ChainMapChart {
    /** Which state the map shows: today, or 2025 once the planned projects produce. */
    public enum View { CURRENT, TARGET }

    static final Color PRESENT = new Color(0x1B7F3B);
    static final Color PRESENT_FILL = new Color(0xE8F4EC);
    static final Color WEAK = new Color(0xD98200);
    static final Color WEAK_FILL = new Color(0xFFF4E0);
    static final Color MISSING = new Color(0xC62828);
    static final Color FILLED = new Color(0x1E6FD9);
    static final Color FILLED_FILL = new Color(0xE8F0FB);
    static final Color PANEL = new Color(0xF7F8FA);
    static final Color BORDER = new Color(0xE3E6EB);

    static final float NAME = 21;
    static final float SMALL = 17;
    static final double PAD = 10;
    static final double GAP = 14;
    static final double LANE_LABEL = 170;
    static final double HEADER = 48;
    static final double LEGEND = 34;

    /** What one box says: the words of its lines and the tags on its first line. */
    public record Card(String code, String name, List<String> enterprises, String projects, String stateWord,
                       String intentWord, ChainMap.State state, boolean filled) {
    }

    /** One placed box: its rectangle, its wrapped lines (name lines first) and the fonts' scale. */
    public record Box(Card card, Rectangle2D rect, boolean tagsRow, List<String> nameLines, List<String> detailLines) {
    }

    /** One band (a sub-chain, or the main chain): its label and vertical extent. */
    public record Lane(String label, double top, double height) {
    }

    /** The whole layout in the plot area: boxes, bands, stage columns and the scale text was set at. */
    public record Layout(List<Box> boxes, List<Lane> lanes, List<Rectangle2D> columns, double scale,
                         List<Integer> perColumn, Rectangle2D area) {
    }

    /** Width of a string in a font, as the slide draws it. */
    @FunctionalInterface
    public interface Measure {
        double width(String text, Font font);
    }

    private final I18n t;
    private final ChartFonts fonts;
    private final Charts charts;

    public ChainMapChart(I18n t, ChartFonts fonts) {
        this.t = t;
        this.fonts = fonts;
        this.charts = new Charts(t, fonts, 0.05);
    }

    /** Measures with the bundled fonts' outlines (what PNG and SVG draw). */
    public static Measure measure() {
        FontRenderContext frc = new FontRenderContext(null, true, true);
        return (s, f) -> f.getStringBounds(s, frc).getWidth();
    }

    /** The chain's map as a slide chart (1920×1080 layout), without leads. */
    public SlideChart chart(Plan plan, ChainMap map, Chain chain, View view) {
        return chart(plan, map, List.of(), chain, view);
    }

    /** The chain's map as a slide chart (1920×1080 layout), each node with its leads; signed ones fill it in 2025. */
    public SlideChart chart(Plan plan, ChainMap map, List<cn.yanggu.workbench.domain.Lead> leads, Chain chain,
                            View view) {
        List<ChainMap.Node> nodes = map.of(chain.code());
        List<Card> cards = cards(plan, nodes, leads, view);
        Map<ChainMap.State, Integer> counts = new EnumMap<>(ChainMap.State.class);
        int filled = 0;
        for (Card c : cards) {
            counts.merge(c.state(), 1, Integer::sum);
            filled += c.filled() ? 1 : 0;
        }
        String viewWord = t.get(view == View.CURRENT ? "chainmap.view.current" : "chainmap.view.target");
        String title = t.get("chainmap.title", chain.name(), viewWord);
        String status = t.get(view == View.CURRENT ? "chainmap.counts" : "chainmap.counts.target", cards.size(),
                counts.getOrDefault(ChainMap.State.PRESENT, 0), counts.getOrDefault(ChainMap.State.WEAK, 0),
                counts.getOrDefault(ChainMap.State.MISSING, 0), filled);
        MapPlot plot = new MapPlot(nodes, cards);
        JFreeChart jf = charts.chart(title, plot, status, dataYear(plan));
        jf.removeLegend();
        return new SlideChart("chain-map-" + chain.code() + "-" + view.name().toLowerCase(java.util.Locale.ROOT),
                title, jf, status);
    }

    private static int dataYear(Plan plan) {
        return plan.indicators().stream().flatMap(i -> i.values().stream())
                .filter(v -> v.kind() == Enums.ValueKind.ACTUAL).mapToInt(v -> v.year()).max().orElse(2020);
    }

    /** The cards of a chain's nodes in {@code view}: names, enterprises with roles, projects, state and intent. */
    public List<Card> cards(Plan plan, List<ChainMap.Node> nodes, View view) {
        return cards(plan, nodes, List.of(), view);
    }

    /** {@link #cards(Plan, List, View)} with the leads aimed at each node (a signed one fills it in 2025). */
    public List<Card> cards(Plan plan, List<ChainMap.Node> nodes, List<cn.yanggu.workbench.domain.Lead> leads,
                            View view) {
        var enterprises = plan.enterprisesByCode();
        List<Card> out = new ArrayList<>();
        for (ChainMap.Node n : nodes) {
            List<String> members = n.members().stream()
                    .filter(m -> enterprises.containsKey(m.enterpriseCode()))
                    .map(m -> enterprises.get(m.enterpriseCode()).name() + "（" + Words.of(t, m.role()) + "）").toList();
            long projects = n.projectCodes().stream().filter(p -> plan.record(
                    cn.yanggu.workbench.domain.EntityKind.PROJECT, p).isPresent()).count();
            long open = leads.stream().filter(l -> n.code().equals(l.nodeCode())).count();
            long signed = leads.stream().filter(l -> n.code().equals(l.nodeCode()) && l.signed()).count();
            ChainMap.State now = members.isEmpty() ? ChainMap.State.MISSING : n.current();
            ChainMap.State state = view == View.TARGET && (projects > 0 || signed > 0) ? ChainMap.State.PRESENT : now;
            boolean filled = view == View.TARGET && state != now;
            String stateWord = filled ? t.get("chainmap.state.filled") : stateWord(state);
            String counts = projects == 0 && open == 0 ? null : projects == 0 ? t.get("chainmap.leads", open, signed)
                    : open == 0 ? t.get("chainmap.projects", projects)
                    : t.get("chainmap.projects", projects) + " · " + t.get("chainmap.leads", open, signed);
            out.add(new Card(n.code(), n.name(), members, counts,
                    stateWord, Words.of(t, n.intent()),
                    state, filled));
        }
        return out;
    }

    public String stateWord(ChainMap.State s) {
        return Words.of(t, s);
    }

    /** The chain named {@code nameOrCode} by its code, its name or one of its aliases. */
    public static java.util.Optional<Chain> find(Plan plan, String nameOrCode) {
        String q = nameOrCode == null ? "" : nameOrCode.strip();
        java.util.Optional<Chain> exact = plan.chains().stream().filter(c -> c.code().equalsIgnoreCase(q)
                || c.name().equals(q) || c.aliases().contains(q)).findFirst();
        if (exact.isPresent() || q.isEmpty()) {
            return exact;
        }
        // a part of one chain's name ("铜", "光电") names it when no other chain's name has it
        List<Chain> part = plan.chains().stream().filter(c -> c.name().contains(q)).toList();
        return part.size() == 1 ? java.util.Optional.of(part.get(0)) : java.util.Optional.empty();
    }

    /** Writes one chain's map to {@code file} (complete or not at all). */
    public void write(Plan plan, ChainMap map, List<cn.yanggu.workbench.domain.Lead> leads, Chain chain, View view,
                      ChartService.Format format, int width, int height, java.nio.file.Path file)
            throws java.io.IOException {
        ChartService.write(chart(plan, map, leads, chain, view), format, width, height, file);
    }

    /**
     * Writes every chain's map into {@code folder} (created if missing), one file per chain named by the chain's
     * Chinese name ("铜及铜精深加工.png"); returns the files written.
     */
    public List<java.nio.file.Path> writeAll(Plan plan, ChainMap map, List<cn.yanggu.workbench.domain.Lead> leads,
                                             View view, ChartService.Format format, int width, int height,
                                             java.nio.file.Path folder)
            throws java.io.IOException {
        java.nio.file.Files.createDirectories(folder);
        List<java.nio.file.Path> out = new ArrayList<>();
        for (Chain c : plan.chains()) {
            java.nio.file.Path file = folder.resolve(cn.yanggu.workbench.app.FileNames.safe(c.name(), c.code())
                    + "." + format.extension());
            write(plan, map, leads, c, view, format, width, height, file);
            out.add(file);
        }
        return out;
    }

    // ------------------------------------------------------------------ layout

    /**
     * Places {@code nodes} (with their {@code cards}, same order) in {@code area}: three stage columns after a band
     * of lane labels, one band per sub-chain (the main chain first), boxes in each cell one under the other or in two
     * or three sub-columns; the largest text scale (1 down to 0.5) at which everything fits is taken.
     */
    public Layout layout(List<ChainMap.Node> nodes, List<Card> cards, Rectangle2D area, Measure m) {
        // a stage's width in proportion to its sub-columns, so a busy downstream gets the room an empty upstream
        // does not need; at the largest scale that fits, the fewest sub-columns (the widest boxes)
        List<int[]> splits = new ArrayList<>();
        for (int a = 1; a <= 3; a++) {
            for (int b = 1; b <= 3; b++) {
                for (int c = 1; c <= 3; c++) {
                    splits.add(new int[]{a, b, c});
                }
            }
        }
        splits.sort(java.util.Comparator.comparingInt(k -> k[0] + k[1] + k[2]));
        for (double scale = 1.0; scale >= 0.499; scale -= 0.05) {
            for (int[] k : splits) {
                Layout l = place(nodes, cards, area, m, scale, k);
                if (l != null) {
                    return l;
                }
            }
        }
        return placeAnyway(nodes, cards, area, m);
    }

    private Layout placeAnyway(List<ChainMap.Node> nodes, List<Card> cards, Rectangle2D area, Measure m) {
        Rectangle2D tall = new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(), 100_000);
        return place(nodes, cards, tall, m, 0.5, new int[]{3, 3, 3});
    }

    /** The layout at a scale with {@code k} sub-columns per stage, or null when it does not fit the height. */
    private Layout place(List<ChainMap.Node> nodes, List<Card> cards, Rectangle2D area, Measure m, double scale,
                         int[] split) {
        Font nameFont = fonts.bold((float) (NAME * scale));
        Font smallFont = fonts.regular((float) (SMALL * scale));
        double lineName = NAME * scale * 1.35;
        double lineSmall = SMALL * scale * 1.4;
        double top = area.getY() + HEADER;
        double bottom = area.getMaxY() - LEGEND;
        double laneLabel = LANE_LABEL;
        double free = area.getWidth() - laneLabel - 2 * GAP * 2;
        int parts = split[0] + split[1] + split[2];
        List<Rectangle2D> columns = new ArrayList<>();
        double cx = area.getX() + laneLabel;
        for (int s = 0; s < 3; s++) {
            double w = free * split[s] / parts;
            columns.add(new Rectangle2D.Double(cx, area.getY(), w, area.getHeight() - LEGEND));
            cx += w + 2 * GAP;
        }
        // lanes in order: the main chain (no branch) first, then the sub-chains as they first appear
        Map<String, List<Integer>> lanes = new LinkedHashMap<>();
        if (nodes.stream().anyMatch(n -> n.branch() == null)) {
            lanes.put(null, new ArrayList<>());
        }
        for (int i = 0; i < nodes.size(); i++) {
            lanes.computeIfAbsent(nodes.get(i).branch(), b -> new ArrayList<>()).add(i);
        }
        List<Box> boxes = new ArrayList<>();
        List<Lane> laneList = new ArrayList<>();
        double y = top;
        for (Map.Entry<String, List<Integer>> lane : lanes.entrySet()) {
            double laneTop = y;
            double laneHeight = 0;
            for (ChainMap.Stage stage : ChainMap.Stage.values()) {
                int k = split[stage.ordinal()];
                double boxWidth = (columns.get(stage.ordinal()).getWidth() - GAP * (k + 1)) / k;
                if (boxWidth < 150) {
                    return null;
                }
                double inner = boxWidth - 2 * PAD;
                List<Integer> inCell = lane.getValue().stream().filter(i -> nodes.get(i).stage() == stage).toList();
                double rowY = laneTop + GAP / 2;
                double cellHeight = 0;
                for (int r = 0; r * k < inCell.size(); r++) {
                    List<Integer> row = inCell.subList(r * k, Math.min(inCell.size(), r * k + k));
                    List<List<String>> names = new ArrayList<>();
                    List<Boolean> tagRows = new ArrayList<>();
                    List<List<String>> details = new ArrayList<>();
                    double rowHeight = 0;
                    for (int i : row) {
                        Card c = cards.get(i);
                        double tagWidth = tagWidth(c, smallFont, m);
                        // the tags beside the name when it fits one line with them, else on a row of their own
                        boolean tagRow = m.width(c.name(), nameFont) > inner - tagWidth;
                        List<String> nl = tagRow ? wrap(c.name(), nameFont, inner, m) : List.of(c.name());
                        List<String> dl = details(c, smallFont, inner, m);
                        names.add(nl);
                        tagRows.add(tagRow);
                        details.add(dl);
                        rowHeight = Math.max(rowHeight, 2 * PAD + (tagRow ? tagHeight(smallFont) + 4 : 0)
                                + nl.size() * lineName + dl.size() * lineSmall);
                    }
                    for (int j = 0; j < row.size(); j++) {
                        double x = columns.get(stage.ordinal()).getX() + GAP + j * (boxWidth + GAP);
                        boxes.add(new Box(cards.get(row.get(j)), new Rectangle2D.Double(x, rowY, boxWidth, rowHeight),
                                tagRows.get(j), names.get(j), details.get(j)));
                    }
                    rowY += rowHeight + GAP;
                    cellHeight += rowHeight + GAP;
                }
                laneHeight = Math.max(laneHeight, cellHeight + GAP / 2);
            }
            laneHeight = Math.max(laneHeight, lineName * 2 + GAP);
            String label = lane.getKey() == null ? t.get("chainmap.lane.main") : lane.getKey();
            laneList.add(new Lane(label, laneTop, laneHeight));
            y += laneHeight;
            if (y > bottom + 0.5) {
                return null;
            }
        }
        // lane labels must fit their band too
        Font laneFont = fonts.bold((float) (SMALL * scale));
        for (Lane l : laneList) {
            if (wrap(l.label(), laneFont, laneLabel - 2 * PAD, m).size() * lineSmall > l.height()) {
                return null;
            }
        }
        return new Layout(boxes, laneList, columns, scale, List.of(split[0], split[1], split[2]), area);
    }

    static double tagHeight(Font small) {
        return small.getSize2D() * 1.35;
    }

    private double tagWidth(Card c, Font small, Measure m) {
        double w = m.width(c.stateWord(), small) + 12;
        if (c.intentWord() != null) {
            w += m.width(c.intentWord(), small) + 12 + 6;
        }
        return w + 8;
    }

    private List<String> details(Card c, Font small, double inner, Measure m) {
        List<String> out = new ArrayList<>();
        if (c.enterprises().isEmpty()) {
            out.add(t.get("chainmap.noEnterprise"));
        } else {
            List<String> lines = wrap(String.join("、", c.enterprises()), small, inner, m);
            if (lines.size() > 2) {
                // two lines at most: the enterprises that fit, then 等 N 家
                List<String> shown = new ArrayList<>();
                for (String e : c.enterprises()) {
                    List<String> more = new ArrayList<>(shown);
                    more.add(e);
                    String text = String.join("、", more) + t.get("chainmap.more", c.enterprises().size());
                    if (wrap(text, small, inner, m).size() > 2) {
                        break;
                    }
                    shown = more;
                }
                lines = wrap(String.join("、", shown) + t.get("chainmap.more", c.enterprises().size()), small, inner,
                        m);
            }
            out.addAll(lines);
        }
        if (c.projects() != null) {
            out.add(c.projects());
        }
        return out;
    }

    private static List<String> wrapFirstLineShorter(String text, Font f, double width, double first, Measure m) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            double limit = out.isEmpty() ? first : width;
            if (line.length() > 0 && m.width(line + ch, f) > limit) {
                // an opening bracket goes with what it opens
                int last = line.length() - 1;
                // and a closing bracket or comma never starts a line: the character before it comes along
                boolean opens = "（(“".indexOf(line.charAt(last)) >= 0;
                boolean closes = "）)”、，。".contains(ch);
                String carry = line.length() > 1 && (opens || closes) ? line.substring(last) : "";
                out.add(line.substring(0, line.length() - carry.length()));
                line.setLength(0);
                line.append(carry);
            }
            line.append(ch);
            i += Character.charCount(cp);
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }

    /** {@code text} broken into lines no wider than {@code width} (at any character: Chinese has no spaces). */
    static List<String> wrap(String text, Font f, double width, Measure m) {
        return wrapFirstLineShorter(text, f, width, width, m);
    }

    // ------------------------------------------------------------------ drawing

    /** Draws the map into the plot area; each box is an entity named by its node's code. */
    private final class MapPlot extends Plot {
        private static final long serialVersionUID = 1L;
        private final transient List<ChainMap.Node> nodes;
        private final transient List<Card> cards;

        MapPlot(List<ChainMap.Node> nodes, List<Card> cards) {
            this.nodes = nodes;
            this.cards = cards;
            setOutlineVisible(false);
            setBackgroundPaint(Color.WHITE);
        }

        @Override
        public String getPlotType() {
            return "ChainMap";
        }

        @Override
        public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState,
                         PlotRenderingInfo info) {
            if (info != null) {
                info.setPlotArea(area);
                info.setDataArea(area);
            }
            Measure m = measure();
            Layout l = layout(nodes, cards, area, m);
            Font laneFont = fonts.bold((float) (SMALL * l.scale()));
            Font nameFont = fonts.bold((float) (NAME * l.scale()));
            Font small = fonts.regular((float) (SMALL * l.scale()));
            Font header = fonts.bold(24);
            // stage headers: three chevrons, upstream → downstream
            for (ChainMap.Stage s : ChainMap.Stage.values()) {
                Rectangle2D c = l.columns().get(s.ordinal());
                Path2D chevron = new Path2D.Double();
                double h = HEADER - 10;
                // the last chevron's tip stays inside the plot
                double tip = s == ChainMap.Stage.DOWNSTREAM ? -h / 2 : GAP;
                chevron.moveTo(c.getX(), area.getY());
                chevron.lineTo(c.getMaxX() + tip, area.getY());
                chevron.lineTo(c.getMaxX() + tip + h / 2, area.getY() + h / 2);
                chevron.lineTo(c.getMaxX() + tip, area.getY() + h);
                chevron.lineTo(c.getX(), area.getY() + h);
                if (s != ChainMap.Stage.UPSTREAM) {
                    chevron.lineTo(c.getX() + h / 2, area.getY() + h / 2);
                }
                chevron.closePath();
                g2.setPaint(new Color(0xDCE8F8));
                g2.fill(chevron);
                g2.setPaint(Charts.ACTUAL);
                g2.setFont(header);
                String word = Words.of(t, s);
                g2.drawString(word, (float) (c.getCenterX() - m.width(word, header) / 2),
                        (float) (area.getY() + h / 2 + 9));
                // a light column background
                g2.setPaint(PANEL);
                g2.fill(new Rectangle2D.Double(c.getX(), area.getY() + HEADER, c.getWidth(),
                        l.lanes().isEmpty() ? 0 : last(l).top() + last(l).height() - area.getY() - HEADER));
            }
            // lanes: label at the left, a rule between bands
            for (int i = 0; i < l.lanes().size(); i++) {
                Lane lane = l.lanes().get(i);
                g2.setPaint(BORDER);
                g2.setStroke(new BasicStroke(1.5f));
                if (i > 0) {
                    g2.draw(new java.awt.geom.Line2D.Double(area.getX(), lane.top(), area.getMaxX(), lane.top()));
                }
                g2.setPaint(Charts.ACTUAL);
                g2.setFont(laneFont);
                List<String> lines = wrap(lane.label(), laneFont, LANE_LABEL - 2 * PAD, m);
                double lh = SMALL * l.scale() * 1.4;
                double y0 = lane.top() + (lane.height() - lines.size() * lh) / 2 + lh * 0.8;
                for (String s : lines) {
                    g2.drawString(s, (float) (area.getX() + PAD), (float) y0);
                    y0 += lh;
                }
            }
            for (Box b : l.boxes()) {
                drawBox(g2, b, nameFont, small, l.scale(), m);
                if (info != null && info.getOwner() != null && info.getOwner().getEntityCollection() != null) {
                    info.getOwner().getEntityCollection().add(new ChartEntity(b.rect(), b.card().name(),
                            b.card().code()));
                }
            }
            drawLegend(g2, area, small, m);
        }

        private Lane last(Layout l) {
            return l.lanes().get(l.lanes().size() - 1);
        }

        private void drawBox(Graphics2D g2, Box b, Font nameFont, Font small, double scale, Measure m) {
            Card c = b.card();
            Color edge = c.filled() ? FILLED : switch (c.state()) {
                case PRESENT -> PRESENT;
                case WEAK -> WEAK;
                case MISSING -> MISSING;
            };
            Color fill = c.filled() ? FILLED_FILL : switch (c.state()) {
                case PRESENT -> PRESENT_FILL;
                case WEAK -> WEAK_FILL;
                case MISSING -> Color.WHITE;
            };
            RoundRectangle2D shape = new RoundRectangle2D.Double(b.rect().getX(), b.rect().getY(),
                    b.rect().getWidth(), b.rect().getHeight(), 12, 12);
            g2.setPaint(fill);
            g2.fill(shape);
            g2.setPaint(edge);
            g2.setStroke(c.state() == ChainMap.State.MISSING || c.filled()
                    ? new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[]{9, 6}, 0)
                    : new BasicStroke(2.5f));
            g2.draw(shape);
            double lineName = NAME * scale * 1.35;
            double lineSmall = SMALL * scale * 1.4;
            double x = b.rect().getX() + PAD;
            double y = b.rect().getY() + PAD;
            // tags at the top right: state word (coloured), then intent
            double tx = b.rect().getMaxX() - PAD;
            g2.setFont(small);
            double tagTop = b.tagsRow() ? y : y + (lineName - tagHeight(small)) / 2;
            tx = tag(g2, c.stateWord(), edge, Color.WHITE, tx, tagTop, small, m, true);
            if (c.intentWord() != null) {
                tag(g2, c.intentWord(), new Color(0x3A4A5E), Color.WHITE, tx - 6, tagTop, small, m, false);
            }
            if (b.tagsRow()) {
                y += tagHeight(small) + 4;
            }
            g2.setFont(nameFont);
            g2.setPaint(Charts.ACTUAL);
            for (String s : b.nameLines()) {
                y += lineName;
                g2.drawString(s, (float) x, (float) (y - lineName * 0.25));
            }
            g2.setFont(small);
            for (int i = 0; i < b.detailLines().size(); i++) {
                y += lineSmall;
                boolean projects = c.projects() != null && i == b.detailLines().size() - 1;
                g2.setPaint(projects ? FILLED : c.enterprises().isEmpty() ? MISSING : Charts.SECONDARY);
                g2.drawString(b.detailLines().get(i), (float) x, (float) (y - lineSmall * 0.28));
            }
        }

        /** A small rounded tag ending at {@code right}; returns its left edge. */
        private double tag(Graphics2D g2, String word, Color bg, Color fg, double right, double top, Font f,
                           Measure m, boolean solid) {
            double w = m.width(word, f) + 12;
            double h = f.getSize2D() * 1.35;
            RoundRectangle2D r = new RoundRectangle2D.Double(right - w, top, w, h, 8, 8);
            g2.setPaint(solid ? bg : Color.WHITE);
            g2.fill(r);
            g2.setPaint(bg);
            g2.setStroke(new BasicStroke(1.2f));
            g2.draw(r);
            g2.setPaint(solid ? fg : bg);
            g2.drawString(word, (float) (right - w + 6), (float) (top + h * 0.76));
            return right - w;
        }

        private void drawLegend(Graphics2D g2, Rectangle2D area, Font small, Measure m) {
            Font f = fonts.regular(SMALL);
            double x = area.getX();
            double y = area.getMaxY() - LEGEND + 8;
            Object[][] items = {{PRESENT, PRESENT_FILL, stateWord(ChainMap.State.PRESENT), false},
                    {WEAK, WEAK_FILL, stateWord(ChainMap.State.WEAK), false},
                    {MISSING, Color.WHITE, stateWord(ChainMap.State.MISSING), true},
                    {FILLED, FILLED_FILL, t.get("chainmap.state.filled"), true}};
            g2.setFont(f);
            for (Object[] it : items) {
                RoundRectangle2D r = new RoundRectangle2D.Double(x, y, 34, 20, 6, 6);
                g2.setPaint((Color) it[1]);
                g2.fill(r);
                g2.setPaint((Color) it[0]);
                g2.setStroke((Boolean) it[3]
                        ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[]{6, 4}, 0)
                        : new BasicStroke(2f));
                g2.draw(r);
                g2.setPaint(Charts.ACTUAL);
                g2.drawString((String) it[2], (float) (x + 42), (float) (y + 16));
                x += 42 + m.width((String) it[2], f) + 28;
            }
        }
    }
}
