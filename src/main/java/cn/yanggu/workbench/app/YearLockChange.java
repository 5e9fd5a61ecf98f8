package cn.yanggu.workbench.app;

import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.domain.Problem;
import cn.yanggu.workbench.domain.YearLock;
import cn.yanggu.workbench.store.LockRepository;

import java.util.ArrayList;
import java.util.List;

/** Locks a year's values (定稿) with {@code lock}, or unlocks it ({@code locking} false); its inverse does the other. */
public record YearLockChange(String label, YearLock lock, boolean locking, String reason) implements Command {
    @Override
    public void check(Editor.State state) {
        boolean locked = state.lockedYears().contains(lock.year());
        if (locked == locking) {
            throw new EditRejected(List.of(new EditRejected.Located(null, String.valueOf(lock.year()), null,
                    new Problem("year", locking ? Problem.Kind.DUPLICATE : Problem.Kind.UNKNOWN_REFERENCE,
                            lock.year()))));
        }
    }

    @Override
    public Command write(Writer w) {
        w.tx().exec(c -> {
            if (locking) {
                LockRepository.lock(c, lock);
            } else {
                LockRepository.unlock(c, lock.year());
            }
        });
        w.audit(locking ? "lock" : "unlock", "year", String.valueOf(lock.year()), "locked",
                locking ? null : "locked", reason);
        return this;
    }

    @Override
    public Editor.State applied(Editor.State state) {
        List<YearLock> locks = new ArrayList<>(state.locks().stream().filter(l -> l.year() != lock.year()).toList());
        if (locking) {
            locks.add(lock);
            locks.sort(java.util.Comparator.comparingInt(YearLock::year));
        }
        return state.withLocks(locks);
    }

    @Override
    public Command inverse() {
        return new YearLockChange(label, lock, !locking, reason);
    }

    @Override
    public Changed changed() {
        return new Changed(java.util.Set.of(EntityKind.INDICATOR), java.util.Set.of(),
                java.util.Set.of(Changed.Part.LOCKS));
    }
}
