/**
 * How the graph looks: the colour and shape of each label, the colour and line of each
 * relationship type, and the Cytoscape stylesheet. Captions and verbs are the model's
 * (LABELS[label].caption, RELATIONSHIPS[type].caption and .verb).
 */
import type cytoscape from 'cytoscape';
import { NODE_LABELS, type NodeLabel } from '../../model/labels.ts';
import { RELATIONSHIPS, type RelationshipType } from '../../model/relationships.ts';

/** Colour and shape of each node label: one entry per label, checked by the compiler. */
export const NODE_STYLE: Record<NodeLabel, { color: string; shape: cytoscape.Css.NodeShape }> = {
  Document: { color: '#6b7280', shape: 'round-rectangle' },
  Region: { color: '#2563eb', shape: 'ellipse' },
  Park: { color: '#16a34a', shape: 'hexagon' },
  Industry: { color: '#ea580c', shape: 'diamond' },
  Project: { color: '#9333ea', shape: 'round-tag' },
  Goal: { color: '#ca8a04', shape: 'star' },
};

/** Colour and line of each relationship type. */
export const EDGE_STYLE: Record<RelationshipType, { color: string; line: 'solid' | 'dashed' | 'dotted' }> = {
  ISSUED_BY: { color: '#9ca3af', line: 'dashed' },
  PART_OF: { color: '#60a5fa', line: 'solid' },
  LOCATED_IN: { color: '#4ade80', line: 'solid' },
  HOSTS: { color: '#fb923c', line: 'solid' },
  PRIORITIZES: { color: '#f59e0b', line: 'dotted' },
  IN_PARK: { color: '#c084fc', line: 'solid' },
  IN_INDUSTRY: { color: '#e879f9', line: 'dotted' },
  SETS: { color: '#facc15', line: 'solid' },
  FOR_REGION: { color: '#93c5fd', line: 'dotted' },
  CONCERNS: { color: '#fdba74', line: 'dotted' },
};

/** The text drawn on an edge: the verb, and for HOSTS the role (主导产业…) the document gives. */
export function edgeCaption(
  type: RelationshipType,
  properties: { role?: string | null; cue?: string | null },
): string {
  if (type === 'HOSTS' && properties.role) return properties.role;
  if (type === 'PRIORITIZES' && properties.cue) return properties.cue;
  return RELATIONSHIPS[type].verb;
}

const NODE_FONT_SIZE = 12;
/** Smaller on screen than this, a node's name is not drawn (Cytoscape's min-zoomed-font-size). */
const NODE_MIN_ZOOMED_FONT_SIZE = 7;
/** Below this zoom no node name is drawn anyway. */
export const NAMES_READABLE_ZOOM = NODE_MIN_ZOOMED_FONT_SIZE / NODE_FONT_SIZE;

/** The Cytoscape stylesheet: labels readable in Chinese, states (selected, pinned, answer, faded). */
export function stylesheet(): cytoscape.StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(name)',
        width: 26,
        height: 26,
        'font-size': NODE_FONT_SIZE,
        'font-family': '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif',
        'text-wrap': 'ellipsis',
        'text-max-width': '150px',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        'min-zoomed-font-size': NODE_MIN_ZOOMED_FONT_SIZE,
        color: '#1f2933',
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    ...NODE_LABELS.map((label) => ({
      selector: `node[label = "${label}"]`,
      style: { 'background-color': NODE_STYLE[label].color, shape: NODE_STYLE[label].shape },
    })),
    { selector: 'node[label = "Region"]', style: { width: 32, height: 32 } },
    { selector: 'node[label = "Goal"]', style: { 'text-max-width': '110px' } },
    {
      selector: 'edge',
      style: {
        width: 1.6,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        label: 'data(caption)',
        'font-size': 9,
        color: '#52606d',
        'text-rotation': 'autorotate',
        'text-background-color': '#f7f8fa',
        'text-background-opacity': 0.85,
        'min-zoomed-font-size': 8,
      },
    },
    ...Object.entries(EDGE_STYLE).map(([type, style]) => ({
      selector: `edge[type = "${type}"]`,
      style: { 'line-color': style.color, 'target-arrow-color': style.color, 'line-style': style.line },
    })),
    { selector: 'edge[type = "HOSTS"]', style: { width: 2.4, color: '#9a3412', 'font-size': 10 } },
    { selector: '.filtered, .layout-helper', style: { display: 'none' } },
    // A folded kind: one box standing for many neighbours; opened, it holds them.
    {
      selector: 'node.fold',
      style: {
        shape: 'round-rectangle',
        width: 90,
        height: 40,
        'border-width': 2,
        'border-style': 'dashed',
        'background-opacity': 0.25,
        'text-valign': 'center',
        'font-weight': 'bold',
      },
    },
    { selector: 'node.fold:parent', style: { 'text-valign': 'top', 'background-opacity': 0.08 } },
    { selector: 'edge.fold', style: { 'line-style': 'dashed', width: 2 } },
    {
      selector: 'node.answer',
      style: { 'border-width': 3, 'border-color': '#111827' },
    },
    { selector: 'edge.answer', style: { width: 3 } },
    {
      selector: 'node.pinned',
      style: { 'border-width': 3, 'border-color': '#dc2626', 'border-style': 'double' },
    },
    {
      selector: 'node:selected',
      style: {
        'overlay-color': '#2563eb',
        'overlay-opacity': 0.18,
        'overlay-padding': 6,
        'font-weight': 'bold',
      },
    },
    {
      selector: 'edge:selected',
      style: { width: 4, 'overlay-color': '#2563eb', 'overlay-opacity': 0.15, color: '#111827' },
    },
    { selector: 'edge.quiet', style: { label: '' } },
    // Names too small to draw still cost a measurement each (ellipsis, background): a large
    // drawing seen whole skips them until zoomed in far enough to read them.
    { selector: 'node.unnamed', style: { label: '' } },
  ] as cytoscape.StylesheetJson;
}
