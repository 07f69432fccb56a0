/**
 * The viewer, wired together: search → place an entity; double-click → expand its
 * neighbourhood; click → details and evidence; a question in Chinese or a relationship
 * question → answer subgraph and table; panels over the graph (who develops what, an industry
 * chain, targets as charts); the view in the URL; PNG and JSON export. All data comes through
 * GraphQL (api.ts, queries.ts); each part is its own module, and this file only makes them and
 * connects them.
 */
import { graphql } from './api.ts';
import { AskBox } from './ask-box.ts';
import { DetailsPanel } from './details-panel.ts';
import { byId } from './dom.ts';
import { ExpandChooser } from './expand-chooser.ts';
import { Exploration } from './exploration.ts';
import { showDocuments, updateEmptyState } from './first-screen.ts';
import { GoalsPanel } from './goals-panel.ts';
import { GraphView } from './graph-view.ts';
import { Legend } from './legend.ts';
import { MatrixPanel } from './matrix-panel.ts';
import { showOverview } from './overview-panel.ts';
import { DOCUMENTS, type DocumentsAnswer, GRAPH_SUMMARY, type GraphSummaryAnswer } from './queries.ts';
import { QuestionsPanel } from './questions-panel.ts';
import { SearchBox } from './search-box.ts';
import { Selection } from './selection.ts';
import { StatusLine } from './status-line.ts';
import { Toolbar } from './toolbar.ts';
import { readViewState } from './url-state.ts';
import { UrlSync } from './url-sync.ts';
import { ViewPanels } from './view-panels.ts';
import { exposeViewer, nextPaint } from './viewer-handle.ts';

const status = new StatusLine(byId('status'), byId('busy'));
const view = new GraphView(byId('graph'));
// The panel's buttons act through the exploration, made below (it needs the selection, which
// needs the panel).
const details = new DetailsPanel(byId('details'), {
  expand: (id) => void exploration.expand(id),
  collapse: (id) => exploration.collapse(id),
  togglePin: (id) => exploration.togglePin(id),
  remove: (id) => exploration.remove(id),
});
const selection = new Selection(view.cy, details);
const exploration = new Exploration(view, selection, status, new ExpandChooser(byId('expand-chooser')));
const toolbar = new Toolbar(view, selection, status);
const show = (id: string) => exploration.show(id);
const matrix = new MatrixPanel(byId('matrix-panel'), view, status, show);
const goals = new GoalsPanel(byId('goals-panel'), status, show);
const panels = new ViewPanels(matrix, goals);
const urlSync = new UrlSync(view, selection, toolbar, status, panels);
matrix.onChange = goals.onChange = () => urlSync.write();
byId('matrix').addEventListener('click', () => panels.toggleMatrix());
byId('goals').addEventListener('click', () => panels.toggleGoals());

const search = new SearchBox({
  placeholder: '搜索地区、园区、产业、项目… Search',
  onPick: (picked) => void exploration.place(picked),
  onError: (error) => status.showError(error),
});
search.input.id = 'search-input';
byId('search').append(search.element);

let firstGraphAt: number | null = null;
exposeViewer(view, () => firstGraphAt);

async function start(): Promise<void> {
  const legend = new Legend(byId('legend'), view);
  new QuestionsPanel(byId('question-forms'), view, selection, status);
  const askBox = new AskBox(byId<HTMLFormElement>('ask-box'), byId('ask-result'), view, selection, status);
  const emptyState = byId('empty-state');
  view.onChange = () => {
    legend.updateCounts();
    updateEmptyState(emptyState, view);
    urlSync.write();
  };
  updateEmptyState(emptyState, view);
  const answer = await status.whileBusy('正在加载… Loading…', () => graphql<DocumentsAnswer>(DOCUMENTS));
  if (!answer) return;
  void graphql<GraphSummaryAnswer>(GRAPH_SUMMARY)
    .then(({ graphSummary }) =>
      showOverview(byId('overview'), answer.documents, graphSummary, {
        openMatrix: () => panels.toggleMatrix(),
        openGoals: () => panels.toggleGoals(),
        ask: (question) => void askBox.ask(question),
        place: (doc) =>
          void exploration.place({ id: doc.id, label: 'Document', name: doc.title, aliases: [] }),
      }),
    )
    .catch((error: unknown) => status.showError(error));
  details.documentTitles = new Map(answer.documents.map((doc) => [doc.file, doc.title]));
  const state = readViewState(location.hash);
  // A link naming only a panel opens it over the first screen.
  if (!state || state.nodes.length === 0) await showDocuments(view, status, answer.documents);
  if (state) await urlSync.restore(state);
  await nextPaint();
  firstGraphAt = performance.now();
}

void start();
