package org.peercert.exam;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/** A test item as staff type it or a file line gives it, checked before it reaches the bank. */
public record ItemDraft(PerformanceDomain domain, String stem, List<String> options, int correctOption) {

    /** The first thing wrong with it as a message key and arguments, or null when it can go in the bank. */
    public ExamProblem problem() {
        if (domain == null) {
            return new ExamProblem("exam.itemDomain");
        }
        if (stem == null || stem.isBlank() || stem.strip().length() > ExamItem.MAX_STEM) {
            return new ExamProblem("exam.itemStem", ExamItem.MAX_STEM);
        }
        if (options == null || options.size() != ExamItem.OPTIONS
                || options.stream().anyMatch(o -> o == null || o.isBlank() || o.strip().length() > ExamItem.MAX_OPTION)) {
            return new ExamProblem("exam.itemOptions", ExamItem.OPTIONS, ExamItem.MAX_OPTION);
        }
        if (new HashSet<>(options.stream().map(o -> o.strip().toLowerCase(Locale.ROOT)).toList()).size() != ExamItem.OPTIONS) {
            return new ExamProblem("exam.itemOptionsDistinct");
        }
        if (correctOption < 1 || correctOption > ExamItem.OPTIONS) {
            return new ExamProblem("exam.itemCorrect");
        }
        return null;
    }
}
