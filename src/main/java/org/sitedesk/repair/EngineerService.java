package org.sitedesk.repair;

import static org.sitedesk.core.db.schema.Tables.ENGINEER;
import static org.sitedesk.core.db.schema.Tables.REQUEST_ENGINEER;
import static org.sitedesk.core.db.schema.Tables.SERVICE_REQUEST;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.id.PhoneNumber;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;

/** 维修人员: the engineering team with their skills, who is on duty, and how much open work each has. */
public final class EngineerService {
    private final Transactions transactions;
    private final AuditLog audit;

    public EngineerService(Transactions transactions, AuditLog audit) {
        this.transactions = transactions;
        this.audit = audit;
    }

    /** Every engineer (retired ones last), with the open requests each is on. */
    public List<Engineer> engineers() {
        return transactions.inTransaction(tx -> {
            Map<Long, Integer> open = tx.select(REQUEST_ENGINEER.ENGINEER_ID, DSL.count()).from(REQUEST_ENGINEER)
                    .join(SERVICE_REQUEST).on(SERVICE_REQUEST.ID.eq(REQUEST_ENGINEER.REQUEST_ID))
                    .where(SERVICE_REQUEST.STATE.notIn(RequestState.CLOSED.name(), RequestState.CANCELLED.name(),
                            RequestState.DONE.name(), RequestState.RETURN_VISIT.name()))
                    .groupBy(REQUEST_ENGINEER.ENGINEER_ID).fetchMap(Record2::value1, Record2::value2);
            return tx.selectFrom(ENGINEER).orderBy(ENGINEER.ACTIVE.desc(), ENGINEER.NAME)
                    .fetch(row -> new Engineer(row.getId(), row.getName(), row.getPhone() == null ? "" : row.getPhone(),
                            row.getSkills(), row.getOnDuty(), row.getActive(), open.getOrDefault(row.getId(), 0)));
        });
    }

    /** Adds an engineer ({@code id} empty) or changes one. */
    public Engineer save(Actor actor, Optional<Long> id, EngineerDraft draft) {
        actor.require(Permission.MANAGE_REPAIRS);
        String name = draft.name() == null ? "" : draft.name().trim();
        if (name.isEmpty() || name.length() > 40) {
            throw new UserFacingException("error.engineer.name");
        }
        String phone = draft.phone() == null ? "" : draft.phone().trim();
        if (!phone.isEmpty() && !PhoneNumber.isValid(phone)) {
            throw new UserFacingException("error.engineer.phone", phone);
        }
        String skills = draft.skills() == null ? "" : draft.skills().trim();
        if (skills.length() > 200) {
            throw new UserFacingException("error.engineer.skills");
        }
        try {
            return transactions.inTransaction(tx -> {
                long saved = id.map(existing -> update(tx, existing, name, phone, skills, draft))
                        .orElseGet(() -> tx.insertInto(ENGINEER).set(ENGINEER.NAME, name)
                                .set(ENGINEER.PHONE, phone.isEmpty() ? null : phone).set(ENGINEER.SKILLS, skills)
                                .set(ENGINEER.ON_DUTY, draft.onDuty()).set(ENGINEER.ACTIVE, draft.active())
                                .returning(ENGINEER.ID).fetchOne().getId());
                audit.record(tx, actor, RepairAuditAction.ENGINEER_SAVED, Long.toString(saved), "name: " + name
                        + "; skills: " + skills + "; on_duty: " + draft.onDuty() + "; active: " + draft.active());
                return new Engineer(saved, name, phone, skills, draft.onDuty(), draft.active(), 0);
            });
        } catch (IntegrityConstraintViolationException duplicate) {
            throw new UserFacingException("error.engineer.duplicate", name);
        }
    }

    /** 上班 / 下班: only engineers on duty are offered when dispatching. */
    public void setOnDuty(Actor actor, long engineerId, boolean onDuty) {
        actor.require(Permission.WORK_REQUESTS);
        transactions.run(tx -> {
            String name = tx.select(ENGINEER.NAME).from(ENGINEER).where(ENGINEER.ID.eq(engineerId)).fetchOne(ENGINEER.NAME);
            if (name == null) {
                throw new UserFacingException("error.engineer.notFound", engineerId);
            }
            tx.update(ENGINEER).set(ENGINEER.ON_DUTY, onDuty).where(ENGINEER.ID.eq(engineerId)).execute();
            audit.record(tx, actor, RepairAuditAction.ENGINEER_SAVED, Long.toString(engineerId),
                    "name: " + name + "; on_duty: " + onDuty);
        });
    }

    private static long update(DSLContext tx, long id, String name, String phone, String skills, EngineerDraft draft) {
        int changed = tx.update(ENGINEER).set(ENGINEER.NAME, name).set(ENGINEER.PHONE, phone.isEmpty() ? null : phone)
                .set(ENGINEER.SKILLS, skills).set(ENGINEER.ON_DUTY, draft.onDuty()).set(ENGINEER.ACTIVE, draft.active())
                .where(ENGINEER.ID.eq(id)).execute();
        if (changed == 0) {
            throw new UserFacingException("error.engineer.notFound", id);
        }
        return id;
    }
}
