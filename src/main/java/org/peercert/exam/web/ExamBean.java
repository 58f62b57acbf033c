package org.peercert.exam.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peercert.account.AccountService;
import org.peercert.account.web.CurrentUser;
import org.peercert.exam.Blueprint;
import org.peercert.exam.DomainScore;
import org.peercert.exam.ExamPolicy;
import org.peercert.exam.ExamService;
import org.peercert.exam.ExamSitting;
import org.peercert.exam.ExamStanding;
import org.peercert.exam.PerformanceDomain;
import org.peercert.exam.SittingView;
import org.peercert.platform.UserProblem;
import org.peercert.platform.web.FacesMessages;

/**
 * /applicant/exam.xhtml: the written test. Before a sitting, where the person stands and the start; during
 * it, every question on one page with answers saved as they are chosen and the time the server allows;
 * after it, the scores overall and per domain of each attempt (never the item answers).
 */
@Named
@ViewScoped
public class ExamBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExamService exams;

    @Inject
    ExamPolicy policy;

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    private long applicantId;
    private Long sittingId;
    /** The place (0 to 3, as text: EL cannot type a map's values) chosen for each question position. */
    private final Map<Integer, String> answers = new HashMap<>();
    private transient SittingView view;
    private transient ExamStanding standing;
    private transient List<ExamSitting> attempts;

    @PostConstruct
    void load() {
        applicantId = accounts.findByEmail(currentUser.getEmail()).orElseThrow().getId();
        Optional<ExamSitting> open = exams.openSitting(applicantId);
        if (open.isPresent() && open.get().isOverdue(clock.instant())) {
            exams.finish(currentUser.getEmail(), open.get().getId());
            FacesMessages.info("exam.timeUp");
        } else {
            open.ifPresent(sitting -> sittingId = sitting.getId());
        }
        readSitting();
    }

    public void start() {
        try {
            boolean wasOpen = exams.openSitting(applicantId).isPresent();
            ExamSitting sitting = exams.start(currentUser.getEmail());
            sittingId = sitting.isOpen() ? sitting.getId() : null;
            FacesMessages.info(!sitting.isOpen() ? "exam.timeUp" : wasOpen ? "exam.resumed" : "exam.started");
        } finally {
            readSitting();
        }
    }

    /** Saves the answer to one question the moment it is chosen. */
    public void answer(int position) {
        if (sittingId == null) {
            FacesMessages.error("exam.sittingFinished");
            showWholePage();
            return;
        }
        String place = answers.get(position);
        try {
            exams.answer(currentUser.getEmail(), sittingId, position, place == null ? -1 : Integer.parseInt(place));
            view = null;
        } catch (UserProblem problem) {
            FacesMessages.error(problem.messageKey(), problem.arguments());
            if ("exam.timeUp".equals(problem.messageKey()) || "exam.sittingFinished".equals(problem.messageKey())) {
                handIn();
                showWholePage();
            }
        }
    }

    public void finish() {
        handIn();
        FacesMessages.info("exam.finished");
    }

    /** An answer's ajax request re-renders only the count; once the sitting ends, the page shows the result instead. */
    private static void showWholePage() {
        FacesContext.getCurrentInstance().getPartialViewContext().getRenderIds().add("exam");
    }

    private void handIn() {
        if (sittingId != null) {
            exams.finish(currentUser.getEmail(), sittingId);
            sittingId = null;
        }
        readSitting();
    }

    private void readSitting() {
        answers.clear();
        view = null;
        standing = null;
        attempts = null;
        if (sittingId != null) {
            getView().questions().forEach(q -> answers.put(q.position(), q.chosenPlace() < 0 ? null : String.valueOf(q.chosenPlace())));
        }
    }

    public boolean isSitting() {
        return sittingId != null;
    }

    public SittingView getView() {
        if (view == null && sittingId != null) {
            view = exams.view(currentUser.getEmail(), sittingId);
        }
        return view;
    }

    /** Seconds left as the server counts them; the page counts down from here. */
    public long getSecondsLeft() {
        return sittingId == null ? 0 : Math.max(0, Duration.between(clock.instant(), getView().deadline()).getSeconds());
    }

    /** The time left as minutes and seconds, as the page first shows it before its countdown takes over. */
    public String getTimeLeft() {
        long seconds = getSecondsLeft();
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }

    /** A finished attempt's score in each domain, in the domains' order. */
    public List<Map.Entry<PerformanceDomain, DomainScore>> scoresOf(ExamSitting sitting) {
        return List.copyOf(sitting.result().byDomain().entrySet());
    }

    public long getAnsweredCount() {
        return answers.values().stream().filter(a -> a != null && !a.isBlank()).count();
    }

    public List<SelectItem> choices(SittingView.Question question) {
        List<SelectItem> items = new ArrayList<>();
        for (int place = 0; place < question.options().size(); place++) {
            items.add(new SelectItem(String.valueOf(place), question.options().get(place)));
        }
        return items;
    }

    public Map<Integer, String> getAnswers() {
        return answers;
    }

    public ExamStanding getStanding() {
        if (standing == null) {
            standing = exams.standing(applicantId);
        }
        return standing;
    }

    /** Finished attempts, newest first. */
    public List<ExamSitting> getAttempts() {
        if (attempts == null) {
            attempts = exams.sittingsOf(applicantId).stream().filter(s -> !s.isOpen())
                    .sorted((a, b) -> Integer.compare(b.getAttemptNo(), a.getAttemptNo())).toList();
        }
        return attempts;
    }

    public Blueprint getBlueprint() {
        return policy.blueprint();
    }

    public String getPassMark() {
        return policy.blueprint().passMark().stripTrailingZeros().toPlainString() + "%";
    }

    public String getAfterLastAttempt() {
        return policy.afterLastAttempt();
    }
}
