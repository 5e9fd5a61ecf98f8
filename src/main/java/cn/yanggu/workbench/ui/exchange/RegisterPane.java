package cn.yanggu.workbench.ui.exchange;

import cn.yanggu.workbench.app.AuditText;
import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.exchange.Exchange;
import cn.yanggu.workbench.app.exchange.Manifest;
import cn.yanggu.workbench.domain.OfficeRegistration;
import cn.yanggu.workbench.ui.common.Dialogs;
import cn.yanggu.workbench.ui.common.NoticeOverlay;
import cn.yanggu.workbench.ui.common.Session;
import cn.yanggu.workbench.ui.common.Tables;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/**
 * 数据交换 › 已登记的单位: the register of offices whose packages this database accepts (office, fingerprint, when and
 * by whom, why a key was replaced, the last package), and the replacing of an office's key (a new PC) with a reason,
 * from a package the office exported on its new PC. Also the question that registers an office when its first
 * package is opened.
 */
final class RegisterPane {
    private final I18n t;
    private final Session session;
    private final Dialogs dialogs;
    private final ZoneId zone;
    private final TableView<OfficeRegistration> table;
    private final TextField reason = new TextField();
    private final Button replace;
    private final VBox node;
    /** Messages of the dry run (the register question is asked when a package is opened there). */
    private final NoticeOverlay message;
    /** Messages of replacing a key, over the register's table. */
    private final NoticeOverlay notice;

    RegisterPane(I18n t, Session session, Dialogs dialogs, ZoneId zone, NoticeOverlay message) {
        this.t = t;
        this.session = session;
        this.dialogs = dialogs;
        this.zone = zone;
        this.message = message;
        table = Tables.table(t.get("exchange.register.empty"));
        table.setId("exchange-register");
        table.getColumns().add(Tables.text(t.get("exchange.register.office"), OfficeRegistration::office, 130));
        table.getColumns().add(Tables.text(t.get("exchange.register.fingerprint"), OfficeRegistration::fingerprint,
                300));
        table.getColumns().add(Tables.text(t.get("exchange.register.at"),
                r -> AuditText.time(r.registeredAt(), zone), 130));
        table.getColumns().add(Tables.text(t.get("exchange.register.by"), OfficeRegistration::registeredBy, 80));
        table.getColumns().add(Tables.text(t.get("exchange.register.reason"),
                r -> r.replaceReason() == null ? "" : r.replaceReason(), 120));
        table.getColumns().add(Tables.text(t.get("exchange.register.last"),
                r -> r.lastPackageAt() == null ? "" : AuditText.time(r.lastPackageAt(), zone), 130));
        notice = new NoticeOverlay(table, "exchange-register-notification", "exchange-register-message");
        VBox.setVgrow(notice.node(), Priority.ALWAYS);
        reason.setId("exchange-replace-reason");
        reason.setPromptText(t.get("exchange.register.replaceReason"));
        reason.setPrefColumnCount(18);
        replace = new Button(t.get("exchange.register.replace"));
        replace.setId("exchange-replace");
        replace.setMinWidth(Region.USE_PREF_SIZE);
        replace.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        // replacing an office's key decides whose packages are trusted: the 管理员's step
        cn.yanggu.workbench.ui.common.RoleGate.administers(session, reason, replace);
        replace.setOnAction(e -> {
            if (reason.getText().isBlank()) {
                notice.error(t.get("exchange.register.replace.noReason"));
                reason.requestFocus();
                return;
            }
            dialogs.openFile(t.get("exchange.register.replace.choose"), t.get("exchange.fileType"),
                    List.of("*" + Exchange.EXTENSION)).ifPresent(this::replaceFrom);
        });
        HBox actions = new HBox(8, reason, replace);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getStyleClass().add("box");
        // the tab says what this is (已登记的单位): no second title
        node = new VBox(8, notice.node(), actions);
        node.getStyleClass().add("exchange-register");
    }

    Node node() {
        return node;
    }

    /** Reads the register again (after a registration, a replacement, an undo). */
    void refresh() {
        session.withWorkbench("exchange-register", wb -> wb.exchange().register(), list -> {
            OfficeRegistration selected = table.getSelectionModel().getSelectedItem();
            table.getItems().setAll(list);
            if (selected != null) {
                list.stream().filter(r -> r.office().equals(selected.office())).findFirst()
                        .ifPresent(r -> table.getSelectionModel().select(r));
            }
        }, e -> { });
    }

    /**
     * The first package of an office: its name and fingerprint, to compare by phone; 登记 registers it (one step
     * for 撤销, in 变更记录) and {@code registered} runs, 取消 leaves everything as it was.
     */
    void ask(Manifest m, Runnable registered) {
        if (!cn.yanggu.workbench.ui.common.RoleGate.allowsEdits(session)) {
            // registering writes: 只读 is told whose package it is and why it cannot be taken in
            message.error(t.get("exchange.register.ask.header", m.originName()) + "。"
                    + t.get(cn.yanggu.workbench.ui.common.RoleGate.READ_ONLY_KEY));
            return;
        }
        dialogs.confirmList(new Dialogs.ListDialog(Dialogs.Kind.CONFIRM, t.get("exchange.register.ask.title"),
                        t.get("exchange.register.ask.header", m.originName()),
                        t.get("exchange.register.ask.text", m.originName(), m.fingerprint()),
                        t.get("exchange.register.ask.action"), "exchange-register-dialog", "exchange-register-lines",
                        "exchange-register-action", 560, 400, true),
                List.of(t.get("exchange.register.office") + "：" + m.originName(),
                        t.get("exchange.register.fingerprint") + "：" + m.fingerprint()), yes -> {
                    if (!yes) {
                        message.error(t.get("exchange.register.cancelled", m.originName()));
                        return;
                    }
                    session.writeWith("exchange-register", wb -> {
                        wb.exchange().register(m);
                        return m;
                    }, done -> {
                        refresh();
                        registered.run();
                    }, e -> message.error(ErrorText.describe(t, e)));
                });
    }

    /** Replaces the selected office's key by the key of {@code file}, after a question naming both fingerprints. */
    void replaceFrom(Path file) {
        OfficeRegistration office = table.getSelectionModel().getSelectedItem();
        String why = reason.getText().strip();
        if (office == null || why.isEmpty()) {
            return;
        }
        notice.error(null);
        session.withWorkbench("exchange-signer", wb -> wb.exchange().signer(file), m -> {
            String name = String.valueOf(file.getFileName());
            if (!m.originName().equals(office.office())) {
                notice.error(t.get("exchange.refused.otherName", name, m.originName(), office.office()));
                return;
            }
            if (m.publicKey().equals(office.publicKey())) {
                notice.error(t.get("exchange.register.replace.same", name, office.office()));
                return;
            }
            dialogs.confirmList(new Dialogs.ListDialog(Dialogs.Kind.WARNING, t.get("exchange.register.replace.title"),
                    t.get("exchange.register.replace.header", name, office.office()),
                    t.get("exchange.register.replace.text", name, office.office(), office.fingerprint(),
                            m.fingerprint(), why), t.get("exchange.register.replace"), "exchange-replace-dialog",
                    "exchange-replace-lines", "exchange-replace-action", 560, 400, true), List.of(), yes -> {
                        if (yes) {
                            session.writeWith("exchange-replace", wb -> {
                                wb.exchange().replaceKey(m, why);
                                return m;
                            }, done -> {
                                reason.clear();
                                refresh();
                            }, e -> notice.error(ErrorText.describe(t, e)));
                        }
                    });
        }, e -> notice.error(ErrorText.describe(t, e)));
    }
}
