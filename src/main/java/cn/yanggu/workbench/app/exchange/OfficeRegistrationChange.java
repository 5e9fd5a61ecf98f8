package cn.yanggu.workbench.app.exchange;

import cn.yanggu.workbench.app.Changed;
import cn.yanggu.workbench.app.Command;
import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.Editor;
import cn.yanggu.workbench.app.Writer;
import cn.yanggu.workbench.domain.OfficeRegistration;
import cn.yanggu.workbench.domain.Problem;
import cn.yanggu.workbench.store.OfficeRegisterRepository;

import java.util.List;

/**
 * Registers an office's key ({@code before} null), replaces it ({@code after} with a reason: a new PC), or removes
 * it ({@code after} null: the undoing of a registration), audited as entity {@code office}, field {@code key}, with
 * the fingerprints (and the reason) as old and new value.
 */
public record OfficeRegistrationChange(String label, OfficeRegistration before, OfficeRegistration after)
        implements Command {
    static final String ENTITY = "office";
    static final String FIELD = "officeKey";

    public OfficeRegistrationChange {
        if (before == null && after == null) {
            throw new IllegalArgumentException("nothing to register");
        }
    }

    @Override
    public void check(Editor.State state) {
        if (before != null && after != null && (after.replaceReason() == null || after.replaceReason().isBlank())) {
            // a key is never replaced silently: the reason is said and kept
            throw new EditRejected(List.of(new EditRejected.Located(null, after.office(), FIELD,
                    new Problem("reason", Problem.Kind.REQUIRED, List.of()))));
        }
    }

    @Override
    public Command write(Writer w) {
        // stamped with when and by whom when first written; an undo puts back the registration as it was
        OfficeRegistration now = after == null || after.registeredAt() != null ? after
                : new OfficeRegistration(after.office(), after.publicKey(), after.fingerprint(), w.at(), w.user(),
                after.replaceReason(), after.lastPackageAt());
        w.tx().exec(c -> {
            if (now == null) {
                OfficeRegisterRepository.remove(c, before.office());
            } else {
                OfficeRegisterRepository.put(c, now);
            }
        });
        // the log's own words (the audit table allows these): registering creates, replacing updates the entry
        String action = before == null ? "create" : after == null ? "delete" : "update";
        w.audit(action, ENTITY, (now == null ? before : now).office(), FIELD,
                before == null ? null : before.fingerprint(), now == null ? null : now.replaceReason() == null
                        ? now.fingerprint() : now.fingerprint() + "（" + now.replaceReason() + "）");
        return new OfficeRegistrationChange(label, before, now);
    }

    @Override
    public Command inverse() {
        return new OfficeRegistrationChange(label, after, before);
    }

    @Override
    public Changed changed() {
        // the register lives beside the settings of the exchange
        return Changed.of(Changed.Part.SETTINGS);
    }
}
