package cn.yanggu.workbench.app;

import cn.yanggu.workbench.store.ExchangeRepository;

/**
 * Sets one of the database's settings ({@code after} null removes it, so that its default applies), audited as
 * entity {@code setting} with {@code field}; {@code shownDefault} is what the log shows for an unset value.
 */
public record SettingChange(String label, String key, String field, String before, String after,
                            String shownDefault) implements Command {
    @Override
    public Command write(Writer w) {
        w.tx().exec(c -> {
            if (after == null) {
                ExchangeRepository.deleteSetting(c, key);
            } else {
                ExchangeRepository.putSetting(c, key, after);
            }
        });
        w.audit("update", "setting", key, field, before == null ? shownDefault : before,
                after == null ? shownDefault : after);
        return this;
    }

    @Override
    public Command inverse() {
        return new SettingChange(label, key, field, after, before, shownDefault);
    }

    @Override
    public Changed changed() {
        return Changed.of(Changed.Part.SETTINGS);
    }
}
