/** One URL per view (#/dashboard, #/upload, #/invoices?status=…, #/invoices/<id>, #/layout): deep links work and Back goes back. */
import { reactive } from 'vue';

const VIEWS = ['dashboard', 'upload', 'invoices', 'layout'] as const;
export type View = (typeof VIEWS)[number];
export const route = reactive<{ view: View; id: string | null; query: URLSearchParams }>({ view: 'dashboard', id: null, query: new URLSearchParams() });

function parse() {
  const [path, search = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const [view, id] = path.split('/');
  route.view = VIEWS.find((v) => v === view) ?? 'dashboard';
  route.id = route.view === 'invoices' && id ? decodeURIComponent(id) : null;
  route.query = new URLSearchParams(search);
}
parse();
window.addEventListener('hashchange', parse);

export const href = (view: View, id?: string | null, query?: Record<string, string>) =>
  `#/${view}${id ? `/${encodeURIComponent(id)}` : ''}${query && Object.keys(query).length ? `?${new URLSearchParams(query)}` : ''}`;
export const go = (view: View, id?: string | null, query?: Record<string, string>) => {
  location.hash = href(view, id, query);
};
