package org.peercert.platform.web;

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
