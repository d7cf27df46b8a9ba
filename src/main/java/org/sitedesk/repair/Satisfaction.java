package org.sitedesk.repair;

import java.util.Optional;
import org.sitedesk.core.i18n.Localizable;

/** The five levels a return visit records; 满意 and above count as satisfied, 不满意 and below open a rework. */
public enum Satisfaction implements Localizable {
    VERY_SATISFIED(5, "satisfaction.verySatisfied"),
    SATISFIED(4, "satisfaction.satisfied"),
    NEUTRAL(3, "satisfaction.neutral"),
    DISSATISFIED(2, "satisfaction.dissatisfied"),
    VERY_DISSATISFIED(1, "satisfaction.veryDissatisfied");

    private final int score;
    private final String messageKey;

    Satisfaction(int score, String messageKey) {
        this.score = score;
        this.messageKey = messageKey;
    }

    public int score() {
        return score;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    public boolean satisfied() {
        return score >= SATISFIED.score;
    }

    public boolean dissatisfied() {
        return score <= DISSATISFIED.score;
    }

    public static Optional<Satisfaction> ofScore(int score) {
        for (Satisfaction level : values()) {
            if (level.score == score) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
