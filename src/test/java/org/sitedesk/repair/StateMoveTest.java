package org.sitedesk.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitedesk.repair.RequestState.CANCELLED;
import static org.sitedesk.repair.RequestState.CLOSED;
import static org.sitedesk.repair.RequestState.DISPATCHED;
import static org.sitedesk.repair.RequestState.DONE;
import static org.sitedesk.repair.RequestState.NEW;
import static org.sitedesk.repair.RequestState.ON_HOLD;
import static org.sitedesk.repair.RequestState.ON_SITE;
import static org.sitedesk.repair.RequestState.RETURN_VISIT;

import org.junit.jupiter.api.Test;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.i18n.Messages;

/** Moves across the dispatch board: the way work goes, holds and cancellations, and what is refused and why. */
class StateMoveTest {
    private static final StateMove.Facts READY = new StateMove.Facts(true, true, true, NEW);

    @Test
    void theWorkGoesFromNewToClosedOneColumnAtATime() {
        assertThat(StateMove.refusal(NEW, DISPATCHED, READY)).isEmpty();
        assertThat(StateMove.refusal(DISPATCHED, ON_SITE, READY)).isEmpty();
        assertThat(StateMove.refusal(ON_SITE, DONE, READY)).isEmpty();
        assertThat(StateMove.refusal(DONE, RETURN_VISIT, READY)).isEmpty();
        assertThat(StateMove.refusal(RETURN_VISIT, CLOSED, READY)).isEmpty();
        assertThat(StateMove.refusal(NEW, ON_SITE, READY)).contains("error.request.order");
        assertThat(StateMove.refusal(DONE, ON_SITE, READY)).contains("error.request.order");
    }

    @Test
    void refusalsSayWhy() {
        Messages chinese = new Messages(Language.CHINESE);
        StateMove.Facts nothingYet = new StateMove.Facts(false, false, false, NEW);

        assertThat(StateMove.refusal(NEW, DISPATCHED, nothingYet)).map(chinese::get).contains("派工前请至少指定一名维修人员。");
        assertThat(StateMove.refusal(RETURN_VISIT, CLOSED, nothingYet)).map(chinese::get).contains("没有回访记录，不能关闭。");
        assertThat(StateMove.refusal(DONE, CLOSED, nothingYet)).map(chinese::get).contains("没有回访记录，不能关闭。");
        assertThat(StateMove.refusal(ON_SITE, ON_HOLD, nothingYet)).map(chinese::get).contains("挂起须填写原因。");
        assertThat(StateMove.refusal(NEW, CANCELLED, nothingYet)).map(chinese::get).contains("取消须填写原因。");
        assertThat(StateMove.refusal(CLOSED, NEW, READY)).map(chinese::get).contains("这张单已经关闭或取消。");
    }

    @Test
    void aHoldComesBackToWhereTheRequestWas() {
        StateMove.Facts heldOnSite = new StateMove.Facts(true, false, true, ON_SITE);

        assertThat(StateMove.refusal(ON_SITE, ON_HOLD, heldOnSite)).isEmpty();
        assertThat(StateMove.refusal(ON_HOLD, ON_SITE, heldOnSite)).isEmpty();
        assertThat(StateMove.refusal(ON_HOLD, DONE, heldOnSite)).contains("error.request.order");
        assertThat(StateMove.refusal(DONE, ON_HOLD, heldOnSite)).contains("error.request.cannotHold");
        assertThat(StateMove.refusal(ON_HOLD, CANCELLED, heldOnSite)).isEmpty();
        assertThat(StateMove.refusal(DONE, CANCELLED, heldOnSite)).contains("error.request.cannotCancelDone");
    }
}
