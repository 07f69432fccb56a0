import type { NodeLabel, RelationshipType } from '../../ingest/model.ts';

/** Colour, shape and caption of each node label: one entry per label, checked by the compiler. */
export const NODE_STYLE: Record<NodeLabel, { color: string; shape: string; caption: string }> = {
  Document: { color: '#6b7280', shape: 'round-rectangle', caption: '文件 Document' },
  Region: { color: '#2563eb', shape: 'ellipse', caption: '地区 Region' },
  Park: { color: '#16a34a', shape: 'hexagon', caption: '园区 Park' },
  Industry: { color: '#ea580c', shape: 'diamond', caption: '产业 Industry' },
  Project: { color: '#9333ea', shape: 'round-tag', caption: '项目 Project' },
  Goal: { color: '#ca8a04', shape: 'star', caption: '目标 Goal' },
};

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
