package cn.yanggu.workbench.ui.common;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.Enums;

/** UI words for the plan's vocabularies. Each key is written out so the i18n test can see it is used. */
public final class Labels {
    private Labels() {
    }

    public static String stage(I18n t, Enums.ProjectStage s) {
        return s == null ? t.get("common.unset") : cn.yanggu.workbench.app.Words.stage(t, s);
    }

    public static String kind(I18n t, Enums.ProjectKind k) {
        return k == Enums.ProjectKind.PLATFORM ? t.get("projectKind.platform") : t.get("projectKind.project");
    }

    public static String role(I18n t, Enums.EnterpriseRole r) {
        return switch (r) {
            case LEADING -> t.get("role.leading");
            case BACKBONE -> t.get("role.backbone");
            case OTHER -> t.get("role.other");
        };
    }

    public static String zoneKind(I18n t, Enums.ZoneKind k) {
        return k == Enums.ZoneKind.RESERVED ? t.get("zoneKind.reserved") : t.get("zoneKind.industrial");
    }

    public static String attribute(I18n t, Enums.Attribute a) {
        if (a == null) {
            return t.get("common.unset");
        }
        return a == Enums.Attribute.BINDING ? t.get("attribute.binding") : t.get("attribute.expected");
    }

    public static String direction(I18n t, Enums.Direction d) {
        return d == Enums.Direction.LOWER ? t.get("direction.lower") : t.get("direction.higher");
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
