package cn.yanggu.workbench.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI language: Chinese (base bundle) by default, English complete. Keys are semantic (nav.overview). */
public final class I18n {
    public static final String BUNDLE = "cn.yanggu.workbench.i18n.messages";
    private final Locale locale;
    private final ResourceBundle bundle;

    public I18n(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Chinese unless {@code lang} names English ("en", "en-US", "english"). */
    public static I18n forLanguage(String lang) {
        return new I18n(parseLocale(lang));
    }

    public static Locale parseLocale(String lang) {
        if (lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en")) {
            return Locale.ENGLISH;
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    public static boolean isSupported(String lang) {
        if (lang == null) {
            return true;
        }
        String l = lang.toLowerCase(Locale.ROOT);
        return l.startsWith("en") || l.startsWith("zh");
    }

    public Locale locale() {
        return locale;
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** The text for {@code key}; with arguments, {0} {1} … are filled in. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
