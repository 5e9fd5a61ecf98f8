package cn.yanggu.workbench.app.charts;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.ChainMap;

/** The bureau's words for a chain map's stages, states, intents and roles (上游, 缺失, 补链, 链主 …). */
public final class ChainMapWords {
    private ChainMapWords() {
    }

    public static String stage(I18n t, ChainMap.Stage s) {
        return t.get(switch (s) {
            case UPSTREAM -> "chainmap.stage.upstream";
            case MIDSTREAM -> "chainmap.stage.midstream";
            case DOWNSTREAM -> "chainmap.stage.downstream";
        });
    }

    public static String state(I18n t, ChainMap.State s) {
        return t.get(switch (s) {
            case PRESENT -> "chainmap.state.present";
            case WEAK -> "chainmap.state.weak";
            case MISSING -> "chainmap.state.missing";
        });
    }

    public static String intent(I18n t, ChainMap.Intent i) {
        return i == null ? null : t.get(switch (i) {
            case BUILD -> "chainmap.intent.build";
            case EXTEND -> "chainmap.intent.extend";
            case FILL -> "chainmap.intent.fill";
            case STRENGTHEN -> "chainmap.intent.strengthen";
        });
    }

    public static String role(I18n t, ChainMap.Role r) {
        return t.get(switch (r) {
            case CHAIN_LEADER -> "chainmap.role.chain-leader";
            case LEADING -> "chainmap.role.leading";
            case BACKBONE -> "chainmap.role.backbone";
            case SUPPORTING -> "chainmap.role.supporting";
        });
    }
}
