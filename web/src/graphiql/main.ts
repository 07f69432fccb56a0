import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { EXAMPLE_QUERIES } from './example-queries.ts';

/**
 * The query IDE at /graphql, bundled with the project: Apollo's default landing page loads
 * from the internet, which many users (and offline machines) cannot reach.
 */
async function fetcher(request: unknown) {
  const response = await fetch(window.location.pathname, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(request),
  });
  return response.json();
}

/** A query handed over in the address (`#query=…`, as the viewer's answers link here) opens in a tab. */
const handedOver = new URLSearchParams(window.location.hash.slice(1)).get('query');

const root = document.getElementById('graphiql') as HTMLElement;
createRoot(root).render(
  createElement(GraphiQL, {
    fetcher,
    defaultTabs: EXAMPLE_QUERIES.map((example) => ({ query: example.query })),
    defaultEditorToolsVisibility: false,
    ...(handedOver ? { query: handedOver } : {}),
  }),
);
