import { BoxAndWiskers, BoxPlotController } from '@sgratzl/chartjs-chart-boxplot'
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Title,
  Tooltip,
  type Plugin,
} from 'chart.js'

let isRegistered = false

/**
 * Registers the chart.js parts the app uses, once, with animation off (charts must be the same
 * on screen, in screenshots and in exported pictures). Every chart in the app goes through here.
 */
export function registerCharts(): void {
  if (isRegistered) return
  Chart.register(
    BarController,
    BarElement,
    LineController,
    LineElement,
    PointElement,
    CategoryScale,
    LinearScale,
    Legend,
    Title,
    Tooltip,
    whiteBackground,
  )
  // Manager: the radar of a unit's components in two years.
  Chart.register(RadarController, RadialLinearScale)
  // Manager: the composite's distribution per year (type 'boxplot', fed with core's statistics).
  Chart.register(BoxPlotController, BoxAndWiskers)
  Chart.defaults.animation = false
  Chart.defaults.font.family = "'Segoe UI', 'Noto Sans', system-ui, Arial, sans-serif"
  Chart.defaults.color = '#1d2430'
  isRegistered = true
}

/** Paints the canvas white first, so exported PNGs are not transparent (black in some viewers). */
const whiteBackground: Plugin = {
  id: 'whiteBackground',
  beforeDraw: (chart) => {
    const { ctx, width, height } = chart
    ctx.save()
    ctx.globalCompositeOperation = 'destination-over'
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, width, height)
    ctx.restore()
  },
}

/** Colours for series, readable in print and for common colour-vision deficiencies. */
export const SERIES_COLOURS = [
  '#0b4f8a',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#7a7a7a',
] as const
