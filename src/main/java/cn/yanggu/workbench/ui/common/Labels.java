package cn.yanggu.workbench.ui.common;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Words;
import cn.yanggu.workbench.domain.Enums;

/** UI words for the plan's vocabularies. Each key is written out so the i18n test can see it is used. */
public final class Labels {
    private Labels() {
    }

    public static String stage(I18n t, Enums.ProjectStage s) {
        return s == null ? t.get("common.unset") : Words.of(t, s);
    }

    public static String kind(I18n t, Enums.ProjectKind k) {
        return Words.of(t, k == null ? Enums.ProjectKind.PROJECT : k);
    }

    public static String role(I18n t, Enums.EnterpriseRole r) {
        return Words.of(t, r);
    }

    public static String zoneKind(I18n t, Enums.ZoneKind k) {
        return Words.of(t, k == null ? Enums.ZoneKind.INDUSTRIAL : k);
    }

    public static String attribute(I18n t, Enums.Attribute a) {
        return a == null ? t.get("common.unset") : Words.of(t, a);
    }

    public static String direction(I18n t, Enums.Direction d) {
        return Words.of(t, d == null ? Enums.Direction.HIGHER : d);
    }

    /** A comparison as people write it before a number: "" for equality, "≥ ", "> " …. */
    public static String comparator(Enums.Comparator c) {
        return c == null || c == Enums.Comparator.EQ ? "" : c.sign() + " ";
    }

    /** The 专栏 listings of a project, e.g. "专栏2(1)；专栏7 创新项目(3)". */
    public static String listings(I18n t, java.util.List<cn.yanggu.workbench.domain.Project.Listing> listings) {
        StringBuilder b = new StringBuilder();
        for (var l : listings) {
            if (b.length() > 0) {
                b.append(t.get("common.listSeparator"));
            }
            b.append(t.get("project.listing", l.column(), l.number()));
        }
        return b.toString();
    }
}
