/**
 * Views drawn as SVG (the targets' charts, the matrix) saved as SVG or PNG files.
 */
import { button } from './dom.ts';
import { download } from './toolbar.ts';

/** A drawing's SVG as a file (a Plot figure: its plot, not its legend's swatches). */
export function svgBlob(drawing: Element): Blob {
  const svg =
    drawing instanceof SVGSVGElement ? drawing : drawing.querySelector('svg:not([class$="-swatch"])');
  if (!svg) throw new Error('没有图形 · nothing drawn');
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' });
}

/** A drawing on a white canvas at twice its size, as PNG. */
export async function pngBlob(drawing: Element): Promise<Blob> {
  const svg = svgBlob(drawing);
  const image = new Image();
  image.src = URL.createObjectURL(svg);
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth * 2;
  canvas.height = image.naturalHeight * 2;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas unavailable');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  URL.revokeObjectURL(image.src);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG failed'))), 'image/png'),
  );
}

/** The SVG and PNG buttons of a view; `drawing` makes (or finds) what they save when clicked. */
export function exportButtons(
  drawing: () => Element,
  name: string,
  onError: (error: unknown) => void,
): HTMLButtonElement[] {
  return [
    button('SVG', 'export-svg', () => download(svgBlob(drawing()), `${name}.svg`)),
    button(
      'PNG',
      'export-png',
      () => void pngBlob(drawing()).then((blob) => download(blob, `${name}.png`), onError),
    ),
  ];
}
