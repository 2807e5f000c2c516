import sharp from 'sharp';
import { UnusableInputError } from '../../../domain/errors.ts';
import { preparePage } from './page-image.ts';
import { type SourceLimits, type SourcePage, tooManyPages } from './page-source.ts';

/**
 * Image files page by page (multi-page TIFF from fax servers and scanners; one page otherwise),
 * turned upright from their EXIF orientation, as phone photos often are not.
 */
const A4_LONG_SIDE_INCHES = 11.69;

export async function* imagePages(
  bytes: Uint8Array,
  mediaType: string,
  limits: SourceLimits,
  signal?: AbortSignal,
): AsyncGenerator<SourcePage> {
  const meta = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch((e: unknown) => {
      throw corrupt(e);
    });
  // Animated GIF/WebP frames are not pages: only TIFF pages are.
  const pages = mediaType === 'image/tiff' ? (meta.pages ?? 1) : 1;
  if (pages > limits.maxPages) throw tooManyPages(pages, limits.maxPages);
  for (let page = 0; page < pages; page++) {
    signal?.throwIfAborted();
    // The size is read without sharp's own pixel limit, so an oversized page gets its own error.
    const {
      width = 0,
      height = 0,
      density,
    } = await sharp(bytes, { page, limitInputPixels: false })
      .metadata()
      .catch((e: unknown) => {
        throw corrupt(e);
      });
    if (width * height > limits.maxPixels)
      throw new UnusableInputError(
        'extract.too-many-pixels',
        `The image is too large to read (${Math.round((width * height) / 1e6)} megapixels; the limit is ${Math.round(limits.maxPixels / 1e6)}). Scan or photograph the document again at a normal resolution.`,
        {
          nl: `De afbeelding is te groot om te lezen (${Math.round((width * height) / 1e6)} megapixels; de grens is ${Math.round(limits.maxPixels / 1e6)}). Scan of fotografeer het document opnieuw met een gewone resolutie.`,
        },
      );
    const image = sharp(bytes, { page, limitInputPixels: limits.maxPixels, failOn: 'truncated' }).rotate();
    const prepared = await preparePage(image, pageDpi(width, height, density)).catch((e: unknown) => {
      throw e instanceof UnusableInputError ? e : corrupt(e);
    });
    yield { page: page + 1, image: prepared };
  }
}

/**
 * The DPI tesseract should assume: the file's own when plausible, else as if the image were an A4
 * page (phone photos carry 72 dpi, which is never true of the paper in them).
 */
function pageDpi(width: number, height: number, density: number | undefined): number {
  if (density && density >= 100 && density <= 1200) return density;
  return Math.max(50, Math.min(600, Math.round(Math.max(width, height) / A4_LONG_SIDE_INCHES)));
}

const corrupt = (cause: unknown) =>
  new UnusableInputError(
    'extract.corrupt',
    'The image file is damaged or incomplete, so we cannot read it. Scan or photograph the document again.',
    {
      cause,
      nl: 'Het afbeeldingsbestand is beschadigd of onvolledig, daarom kunnen wij het niet lezen. Scan of fotografeer het document opnieuw.',
    },
  );
