import cytoscape, { type ElementDefinition } from 'cytoscape';
import { NODE_LABELS } from '../../ingest/model.ts';
import { ApiError, graphql } from './api.ts';
import { EDGE_STYLE, NODE_STYLE } from './visual-language.ts';

interface DocumentsAnswer {
  documents: {
    id: string;
    title: string;
    kind: string;
    date: string;
    issuer: { id: string; name: string } | null;
  }[];
}

const DOCUMENTS_QUERY = /* GraphQL */ `
  query Documents {
    documents { id title kind date issuer { id name } }
  }
`;

const status = document.getElementById('status') as HTMLElement;
const container = document.getElementById('graph') as HTMLElement;

const cy = cytoscape({
  container,
  wheelSensitivity: 0.3,
  style: [
    {
      selector: 'node',
      style: {
        label: 'data(name)',
        'font-size': 11,
        'text-wrap': 'wrap',
        'text-max-width': '160px',
        'text-overflow-wrap': 'anywhere',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        color: '#1f2933',
      },
    },
    ...NODE_LABELS.map((label) => ({
      selector: `node[label = "${label}"]`,
      style: {
        'background-color': NODE_STYLE[label].color,
        shape: NODE_STYLE[label].shape as cytoscape.Css.NodeShape,
      },
    })),
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        label: 'data(type)',
        'font-size': 8,
      },
    },
    ...Object.entries(EDGE_STYLE).map(([type, style]) => ({
      selector: `edge[type = "${type}"]`,
      style: { 'line-color': style.color, 'target-arrow-color': style.color, 'line-style': style.line },
    })),
  ],
});

// Exposed for the browser tests and for people poking at the graph from the console.
(window as unknown as { planGraphViewer: { cy: cytoscape.Core } }).planGraphViewer = { cy };

function drawLegend(): void {
  const legend = document.getElementById('legend') as HTMLElement;
  legend.replaceChildren(
    ...NODE_LABELS.map((label) => {
      const item = document.createElement('div');
      item.className = 'item';
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = NODE_STYLE[label].color;
      item.append(swatch, NODE_STYLE[label].caption);
      return item;
    }),
  );
}

async function showDocuments(): Promise<void> {
  const { documents } = await graphql<DocumentsAnswer>(DOCUMENTS_QUERY);
  const elements: ElementDefinition[] = [];
  const regions = new Set<string>();
  for (const doc of documents) {
    elements.push({ data: { id: doc.id, label: 'Document', name: doc.title } });
    if (doc.issuer) {
      if (!regions.has(doc.issuer.id)) {
        regions.add(doc.issuer.id);
        elements.push({ data: { id: doc.issuer.id, label: 'Region', name: doc.issuer.name } });
      }
      elements.push({
        data: { id: `${doc.id}->${doc.issuer.id}`, source: doc.id, target: doc.issuer.id, type: 'ISSUED_BY' },
      });
    }
  }
  cy.add(elements);
  cy.layout({
    name: 'cose',
    animate: false,
    padding: 40,
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: () => 90,
    nodeRepulsion: () => 300_000,
    randomize: false,
  }).run();
  status.textContent =
    documents.length === 0
      ? '图谱为空 · The graph is empty: run the ingest.'
      : `${documents.length} 份文件 · ${regions.size} 个地区`;
}

drawLegend();
showDocuments().catch((error: unknown) => {
  status.classList.add('error');
  status.textContent = error instanceof ApiError ? error.message : `出错了 · ${(error as Error).message}`;
});
