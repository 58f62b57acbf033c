package org.peercert.exam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.platform.Paging;
import org.peercert.platform.csv.CsvLines;
import org.peercert.platform.csv.LineChecks;
import org.peercert.platform.csv.LineRejected;
import org.peercert.platform.csv.RejectedLine;

/**
 * R-TRN-2: the item bank. Staff write items or upload them as CSV; an item is retired, never deleted, so
 * a sitting's items stay as they were. An active item's question appears once in the bank.
 */
@ApplicationScoped
@Transactional
public class ItemBankService {

    public static final List<String> CSV_HEADER = List.of("domain", "stem", "option_a", "option_b", "option_c", "option_d", "correct");
    private static final String LETTERS = "ABCD";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditService audit;

    public ExamItem add(String staffEmail, ItemDraft draft) {
        ExamProblem problem = draft.problem();
        if (problem != null) {
            throw problem;
        }
        if (activeStems().contains(key(draft.stem()))) {
            throw new ExamProblem("exam.itemDuplicate");
        }
        ExamItem item = new ExamItem(draft, staffEmail, clock.instant());
        em.persist(item);
        em.flush();
        audit.record(staffEmail, AuditAction.EXAM_ITEM_ADDED, subject(item), item.getDomain().label());
        return item;
    }

    /**
     * Items from a CSV file with the header {@link #CSV_HEADER}: the domain (its name or label), the
     * question, four options and the letter of the correct one. Good lines are added together; each other
     * line is reported with its reason. A file without that header is refused whole.
     */
    public ItemImport importItems(String staffEmail, Reader csv) {
        Set<String> stems = activeStems();
        Map<String, Long> lineOfStem = new HashMap<>();
        List<ItemDraft> drafts = new ArrayList<>();
        List<RejectedLine> rejected;
        try {
            rejected = CsvLines.read(csv, CSV_HEADER, (line, record) -> {
                ItemDraft draft = draftOf(record.get(0), record.get(1), List.of(record.get(2), record.get(3), record.get(4), record.get(5)),
                        record.get(6));
                String stem = key(draft.stem());
                if (stems.contains(stem)) {
                    throw new LineRejected("the bank already has this question");
                }
                Long earlier = lineOfStem.putIfAbsent(stem, line);
                if (earlier != null) {
                    throw new LineRejected("the same question as line " + earlier);
                }
                drafts.add(draft);
            });
        } catch (CsvLines.Unreadable unreadable) {
            throw new ExamProblem(unreadable.isWrongHeader() ? "exam.csvHeader" : "exam.csvUnreadable");
        }
        drafts.forEach(draft -> em.persist(new ExamItem(draft, staffEmail, clock.instant())));
        if (!drafts.isEmpty()) {
            audit.record(staffEmail, AuditAction.EXAM_ITEMS_IMPORTED, "EXAM-ITEM-BANK", drafts.size() + " items added, " + rejected.size() + " lines left out");
        }
        return new ItemImport(drafts.size(), rejected);
    }

    /** The line's item, or every problem of the line at once (#30). */
    private static ItemDraft draftOf(String domainName, String stem, List<String> options, String correctLetter) {
        LineChecks checks = new LineChecks();
        PerformanceDomain domain = checks.field(() -> PerformanceDomain.named(domainName)
                .orElseThrow(() -> new LineRejected("domain '" + CsvLines.abbreviate(domainName) + "' is not one of Advocacy, "
                        + "Professional Responsibility, Mentoring, Recovery Support")));
        Integer correct = checks.field(() -> correctOption(correctLetter));
        checks.field(() -> contentChecked(stem, options));
        checks.refuseIfAny();
        return new ItemDraft(domain, stem, options, correct);
    }

    private static int correctOption(String correctLetter) {
        String letter = correctLetter.strip().toUpperCase(Locale.ROOT);
        if (letter.length() != 1 || LETTERS.indexOf(letter.charAt(0)) < 0) {
            throw new LineRejected("correct must be A, B, C or D, not '" + CsvLines.abbreviate(correctLetter) + "'");
        }
        return LETTERS.indexOf(letter.charAt(0)) + 1;
    }

    /** The question and its options as ItemDraft checks them (the domain and the answer are checked on their own). */
    private static List<String> contentChecked(String stem, List<String> options) {
        ExamProblem problem = new ItemDraft(PerformanceDomain.values()[0], stem, options, 1).problem();
        if (problem != null) {
            throw new LineRejected(switch (problem.messageKey()) {
                case "exam.itemStem" -> "the question is empty or longer than " + ExamItem.MAX_STEM + " characters";
                case "exam.itemOptionsDistinct" -> "two options are the same";
                default -> "each of the four options must have text of at most " + ExamItem.MAX_OPTION + " characters";
            });
        }
        return options;
    }

    /** Takes an item out of future forms; sittings that used it keep it. */
    public void retire(String staffEmail, long itemId) {
        ExamItem item = em.find(ExamItem.class, itemId, LockModeType.PESSIMISTIC_WRITE);
        if (item == null) {
            throw new ExamProblem("exam.noSuchItem");
        }
        if (item.isRetired()) {
            throw new ExamProblem("exam.itemAlreadyRetired");
        }
        item.retire(staffEmail, clock.instant());
        audit.record(staffEmail, AuditAction.EXAM_ITEM_RETIRED, subject(item), item.getDomain().label());
    }

    /** A page of the bank, newest first, of one domain or all, with or without retired items. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Paging<ExamItem> items(PerformanceDomain domain, boolean withRetired, int first, int pageSize) {
        String where = " where (:domain is null or i.domain = :domain) and (:retired = true or i.retiredAt is null)";
        long total = em.createQuery("select count(i) from ExamItem i" + where, Long.class)
                .setParameter("domain", domain).setParameter("retired", withRetired).getSingleResult();
        List<ExamItem> rows = em.createQuery("select i from ExamItem i" + where + " order by i.id desc", ExamItem.class)
                .setParameter("domain", domain).setParameter("retired", withRetired)
                .setFirstResult(first).setMaxResults(pageSize).getResultList();
        return new Paging<>(rows, total);
    }

    /** Active items in each domain, to hold against the blueprint. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<PerformanceDomain, Long> activeCounts() {
        Map<PerformanceDomain, Long> counts = new EnumMap<>(PerformanceDomain.class);
        for (PerformanceDomain domain : PerformanceDomain.values()) {
            counts.put(domain, 0L);
        }
        em.createQuery("select i.domain, count(i) from ExamItem i where i.retiredAt is null group by i.domain", Object[].class)
                .getResultList().forEach(r -> counts.put((PerformanceDomain) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    /** The ids of the active items of each domain, which a form is drawn from. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<PerformanceDomain, List<Long>> activeItemIds() {
        Map<PerformanceDomain, List<Long>> ids = new EnumMap<>(PerformanceDomain.class);
        em.createQuery("select i.domain, i.id from ExamItem i where i.retiredAt is null", Object[].class).getResultList()
                .forEach(r -> ids.computeIfAbsent((PerformanceDomain) r[0], d -> new ArrayList<>()).add(((Number) r[1]).longValue()));
        return ids;
    }

    private Set<String> activeStems() {
        return new HashSet<>(em.createQuery("select i.stem from ExamItem i where i.retiredAt is null", String.class).getResultList()
                .stream().map(ItemBankService::key).toList());
    }

    private static String key(String stem) {
        return stem == null ? "" : stem.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String subject(ExamItem item) {
        return "EXAM-ITEM-" + item.getId();
    }
}
