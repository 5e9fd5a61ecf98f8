package cn.yanggu.workbench.ui.thresholds;

import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.Admission;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Problem;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.domain.Quantity;
import cn.yanggu.workbench.domain.Validation;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The 入园评审 form without the window: the figures as typed with their units, the year and the project to save with;
 * what they come to ({@link #check()}: each field's problem, incomplete, or the verdicts of the year's admission rules);
 * and the save request. The view binds its fields to the properties and shows the state.
 */
public final class AdmissionModel {
    /** The form's fields that take text. */
    public enum Field { YEAR, LAND, INVESTMENT, TAX, SITE, FLOOR, FOOTPRINT, NEW_NAME }

    /** A project to save with: an existing one (code) or, with a null code, a new one named in the form. */
    public record Target(String code, String label) {
    }

    /** What the form comes to. */
    public sealed interface State permits NoPlan, Refused, Incomplete, Checked {
    }

    /** No plan open yet. */
    public record NoPlan() implements State {
    }

    /** Figures that cannot be read: each field's reason, and the lines to show (field name first). */
    public record Refused(Map<Field, String> fields, List<String> lines) implements State {
    }

    /** Not every figure typed yet. */
    public record Incomplete() implements State {
    }

    /** The verdicts for the year; {@code landEntered} is the land as typed (亩, or m² rounded to a millionth). */
    public record Checked(int year, Admission.Proposal proposal, List<Admission.Result> results, boolean allPass,
                          double landEntered, String landUnit) implements State {
    }

    /** What saving writes: the check with an existing project (code) or a new one (project). */
    public record SaveRequest(String projectCode, Project newProject, int year, Admission.Proposal proposal,
                              double landEntered, String landUnit) {
    }

    private final I18n t;
    private final Map<Field, StringProperty> texts = new EnumMap<>(Field.class);
    private final StringProperty landUnit = new SimpleStringProperty();
    private final StringProperty investmentUnit = new SimpleStringProperty("万元");
    private final StringProperty taxUnit = new SimpleStringProperty("万元");
    private final ObjectProperty<Target> project = new SimpleObjectProperty<>();
    private Plan plan;

    public AdmissionModel(I18n t, int thisYear) {
        this.t = t;
        for (Field f : Field.values()) {
            texts.put(f, new SimpleStringProperty(""));
        }
        texts.get(Field.YEAR).set(String.valueOf(thisYear));
        landUnit.set(muLabel());
    }

    public StringProperty text(Field f) {
        return texts.get(f);
    }

    /** 亩 in the UI language (the land unit's first choice). */
    public String muLabel() {
        return t.get("admission.mu");
    }

    public List<String> landUnits() {
        return List.of(muLabel(), "m²");
    }

    public List<String> moneyUnits() {
        return List.of("万元", "元");
    }

    public StringProperty landUnit() {
        return landUnit;
    }

    public StringProperty investmentUnit() {
        return investmentUnit;
    }

    public StringProperty taxUnit() {
        return taxUnit;
    }

    public ObjectProperty<Target> project() {
        return project;
    }

    /** The projects to save with (a new one first); the chosen one is kept when it is still there. */
    public List<Target> show(Plan p) {
        this.plan = p;
        List<Target> targets = new ArrayList<>();
        targets.add(new Target(null, t.get("admission.save.newProject")));
        p.projects().forEach(pr -> targets.add(new Target(pr.code(), pr.name())));
        Target current = project.get();
        if (current != null) {
            project.set(targets.stream().filter(x -> java.util.Objects.equals(x.code(), current.code())).findFirst()
                    .orElse(null));
        }
        return targets;
    }

    /** True when a new project is to be named in the form. */
    public boolean newProject() {
        return project.get() != null && project.get().code() == null;
    }

    private String value(Field f) {
        return texts.get(f).get() == null ? "" : texts.get(f).get();
    }

    /** What one field's text is wrong with, or empty (a blank field is not wrong, only incomplete). */
    public Optional<String> problem(Field f) {
        State s = check();
        return s instanceof Refused r ? Optional.ofNullable(r.fields().get(f)) : Optional.empty();
    }

    /** Reads the form: the problems of every field, or incomplete, or the verdicts. */
    public State check() {
        if (plan == null) {
            return new NoPlan();
        }
        Map<Field, String> fields = new EnumMap<>(Field.class);
        List<String> lines = new ArrayList<>();
        Integer y = null;
        try {
            y = Integer.valueOf(value(Field.YEAR).strip());
            if (y < Validation.MIN_YEAR || y > Validation.MAX_YEAR) {
                refuse(fields, lines, Field.YEAR, "admission.year", t.get("problem.yearRange", String.valueOf(y)));
                y = null;
            }
        } catch (NumberFormatException e) {
            refuse(fields, lines, Field.YEAR, "admission.year", t.get("admission.versions.badYear"));
        }
        boolean mu = landUnit.get() != null && !landUnit.get().equals("m²");
        Quantity.Parsed landParsed = Admission.parseLand(value(Field.LAND), mu ? "亩" : "m²");
        Double l = null;
        if (landParsed.problem().isPresent()) {
            refuse(fields, lines, Field.LAND, "admission.land", ErrorText.problem(t,
                    new Problem("land", landParsed.problem().get(), landParsed.unitTyped())));
        } else {
            l = landParsed.value().orElse(null);
        }
        Double inv = number(Field.INVESTMENT, "admission.investment", investmentUnit.get(), fields, lines);
        Double tx = number(Field.TAX, "admission.tax", taxUnit.get(), fields, lines);
        Double st = number(Field.SITE, "admission.site", "m²", fields, lines);
        Double fl = number(Field.FLOOR, "admission.floor", "m²", fields, lines);
        Double fp = number(Field.FOOTPRINT, "admission.footprint", "m²", fields, lines);
        Field[] order = {Field.LAND, Field.INVESTMENT, Field.TAX, Field.SITE, Field.FLOOR, Field.FOOTPRINT};
        Double[] figures = {l, inv, tx, st, fl, fp};
        for (int i = 0; i < figures.length; i++) {
            if (figures[i] != null && figures[i] < 0) {
                fields.putIfAbsent(order[i], t.get("cli.admission.negative"));
                if (!lines.contains(t.get("cli.admission.negative"))) {
                    lines.add(t.get("cli.admission.negative"));
                }
            }
        }
        if ((l != null && l == 0) || (st != null && st == 0)) {
            fields.putIfAbsent(l != null && l == 0 ? Field.LAND : Field.SITE, t.get("cli.admission.zero"));
            lines.add(t.get("cli.admission.zero"));
        }
        if (!lines.isEmpty()) {
            return new Refused(fields, lines);
        }
        if (y == null || l == null || inv == null || tx == null || st == null || fl == null || fp == null) {
            return new Incomplete();
        }
        boolean typedMu = "亩".equals(landParsed.unitTyped());
        // the figure as typed, for the record (m² back from 亩 rounded to a millionth)
        double landEntered = typedMu ? l : Math.round(Admission.squareMetresFromMu(l) * 1e6) / 1e6;
        Admission.Proposal proposal = new Admission.Proposal(l, inv, tx, st, fl, fp);
        // figures that cannot all be true get a message under the field and no verdict
        for (Problem p : Admission.implausible(proposal)) {
            Field f = switch (p.field()) {
                case "footprintM2" -> Field.FOOTPRINT;
                case "floorM2" -> Field.FLOOR;
                default -> Field.SITE;
            };
            String text = ErrorText.problem(t, p);
            fields.putIfAbsent(f, text);
            lines.add(text);
        }
        if (!lines.isEmpty()) {
            return new Refused(fields, lines);
        }
        List<Admission.Result> results = Admission.check(proposal, plan.thresholdsInForce(), y);
        return new Checked(y, proposal, results, Admission.allPass(results), landEntered, typedMu ? "mu" : "m2");
    }

    private void refuse(Map<Field, String> fields, List<String> lines, Field f, String nameKey, String why) {
        fields.put(f, why);
        lines.add(t.get(nameKey) + "：" + why);
    }

    /** A figure from a field in {@code unit} (万元 figures typed in 元 are divided by 10,000; a typed unit wins). */
    private Double number(Field f, String nameKey, String unit, Map<Field, String> fields, List<String> lines) {
        Quantity.Parsed p = Quantity.parse(value(f), unit);
        if (p.problem().isPresent()) {
            refuse(fields, lines, f, nameKey, ErrorText.problem(t, new Problem(t.get(nameKey), p.problem().get(),
                    p.unitTyped())));
            return null;
        }
        return p.value().map(v -> "元".equals(unit) ? v / 10000.0 : v).orElse(null);
    }

    /** The save the form asks for, or empty when the figures are not checked or no project is chosen. */
    public Optional<SaveRequest> saveRequest() {
        Target target = project.get();
        if (!(check() instanceof Checked c) || target == null) {
            return Optional.empty();
        }
        Project created = null;
        if (target.code() == null) {
            String name = value(Field.NEW_NAME).strip();
            created = new Project("project-" + UUID.randomUUID().toString().substring(0, 8), name, null, null, null,
                    Enums.ProjectKind.PROJECT, Enums.ProjectStage.RESERVE, c.proposal().investmentWan(), null, null,
                    List.of(), List.of(), t.get("admission.save.source"), null);
        }
        return Optional.of(new SaveRequest(target.code(), created, c.year(), c.proposal(), c.landEntered(),
                c.landUnit()));
    }

    /** What a saved check says (name of the project, year, pass or not). */
    public String saved(Admission.SavedCheck saved, Plan now) {
        String name = now.project(saved.projectCode()).map(Project::name).orElse(saved.projectCode());
        return t.get(saved.storedAllPass() ? "admission.save.savedPass" : "admission.save.savedFail", name,
                saved.year());
    }

    /** Why a save was refused, a line per problem (the new project's name named as such). */
    public String refused(EditRejected r) {
        return String.join("\n", r.problems().stream().map(p -> p.problem().field().equals("name")
                ? t.get("admission.save.newName") + "：" + ErrorText.problem(t, p.problem())
                : ErrorText.located(t, p)).toList());
    }
}
