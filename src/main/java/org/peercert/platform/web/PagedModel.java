package org.peercert.platform.web;

import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.peercert.platform.Paging;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A PrimeFaces lazy table over a service's paged finder: only the visible page is read. */
public class PagedModel<T> extends LazyDataModel<T> {

    private final BiFunction<Integer, Integer, Paging<T>> finder;

    public PagedModel(BiFunction<Integer, Integer, Paging<T>> finder) {
        this.finder = finder;
    }

    /**
     * The owner's model for the current request only. A view-scoped bean that keeps its model in a field keeps the
     * page it last showed for as long as the view lives, and a session keeps many views: on the staff work queue
     * that was 50 entities per view, 460 KB per staff session (issue #11). Asking for the model this way keeps the
     * filters in the bean and the rows in the request, and the view serializable (a finder is a lambda).
     */
    public static <T> PagedModel<T> forRequest(Object owner, BiFunction<Integer, Integer, Paging<T>> finder) {
        return forRequest(owner, "", finder);
    }

    /** As {@link #forRequest(Object, BiFunction)}, for an owner with several tables, each named. */
    @SuppressWarnings("unchecked")
    public static <T> PagedModel<T> forRequest(Object owner, String table, BiFunction<Integer, Integer, Paging<T>> finder) {
        Map<Object, Object> attributes = FacesContext.getCurrentInstance().getAttributes();
        String key = PagedModel.class.getName() + "@" + System.identityHashCode(owner) + ":" + table;
        return (PagedModel<T>) attributes.computeIfAbsent(key, k -> new PagedModel<>(finder));
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) finder.apply(0, 1).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Paging<T> page = finder.apply(first, pageSize);
        setRowCount((int) page.total());
        return page.rows();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(System.identityHashCode(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return null;
    }
}
