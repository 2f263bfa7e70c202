import type { BuiltInLineageRow } from './danangLineage2025'

/**
 * The 63 former provinces mapped to the 34 of 1 July 2025 (Nghị quyết 202/2025/QH15), every row
 * with its sources, as `resources/lineage/provinces-2025-lineage.csv` (a test keeps them equal).
 *
 * @example
 *   provinceLineage2025.length // => 63
 */
export const provinceLineage2025: readonly BuiltInLineageRow[] = [
  {
    newCode: 'HNI',
    newName: 'Thành phố Hà Nội',
    oldCode: 'HNI',
    oldName: 'Thành phố Hà Nội',
    kind: 'unchanged',
    effectiveDate: '2025-07-01',
    source:
      'https://news.laodong.vn/thoi-su/thoi-diem-ket-thuc-hoat-dong-bo-may-52-tinh-thanh-cu-1522769.ldo ; https://baothanhhoa.vn/toan-van-nghi-quyet-hoi-nghi-lan-thu-11-bch-trung-uong-dang-khoa-xiii-245497.htm',
  },
  {
    newCode: 'HUE',
    newName: 'Thành phố Huế',
    oldCode: 'HUE',
    oldName: 'Thành phố Huế (tỉnh Thừa Thiên Huế đến 31/12/2024)',
    kind: 'unchanged',
    effectiveDate: '2025-07-01',
    source:
      'https://news.laodong.vn/thoi-su/thoi-diem-ket-thuc-hoat-dong-bo-may-52-tinh-thanh-cu-1522769.ldo ; https://baothanhhoa.vn/toan-van-nghi-quyet-hoi-nghi-lan-thu-11-bch-trung-uong-dang-khoa-xiii-245497.htm',
  },
  {
    newCode: 'LCU',
    newName: 'Tỉnh Lai Châu',
    oldCode: 'LCU',
    oldName: 'Tỉnh Lai Châu',
    kind: 'unchanged',
    effectiveDate: '2025-07-01',
    source:
      'https://news.laodong.vn/thoi-su/thoi-diem-ket-thuc-hoat-dong-bo-may-52-tinh-thanh-cu-1522769.ldo ; https://baothanhhoa.vn/toan-van-nghi-quyet-hoi-nghi-lan-thu-11-bch-trung-uong-dang-khoa-xiii-245497.htm',
  },
  {
    newCode: 'DBN',
    newName: 'Tỉnh Điện Biên',
    oldCode: 'DBN',
    oldName: 'Tỉnh Điện Biên',
    kind: 'unchanged',
    effectiveDate: '2025-07-01',
    source:
      'https://news.laodong.vn/thoi-su/thoi-diem-ket-thuc-hoat-dong-bo-may-52-tinh-thanh-cu-1522769.ldo ; https://baothanhhoa.vn/toan-van-nghi-quyet-hoi-nghi-lan-thu-11-bch-trung-uong-dang-khoa-xiii-245497.htm',
  },
  {
    newCode: 'SLA',
    newName: 'Tỉnh Sơn La',
    oldCode: 'SLA',
    oldName: 'Tỉnh Sơn La',
    kind: 'unchanged',
    effectiveDate: '2025-07-01',
    source:
      'https://news.laodong.vn/thoi-su/thoi-diem-ket-thuc-hoat-dong-bo-may-52-tinh-thanh-cu-1522769.ldo ; https://baothanhhoa.vn/toan-van-nghi-quyet-hoi-nghi-lan-thu-11-bch-trung-uong-dang-khoa-xiii-245497.htm',
  },
  {
    newCode: 'LSN',
    newName: 'Tỉnh Lạng Sơn',
    oldCode: 'LSN',
    oldName: 'Tỉnh Lạng Sơn',
    kind: 'unchanged',
    effectiveDate: '2025-07-01',
    source:
      'https://news.laodong.vn/thoi-su/thoi-diem-ket-thuc-hoat-dong-bo-may-52-tinh-thanh-cu-1522769.ldo ; https://baothanhhoa.vn/toan-van-nghi-quyet-hoi-nghi-lan-thu-11-bch-trung-uong-dang-khoa-xiii-245497.htm',
  },
  {
    newCode: 'QNI',
    newName: 'Tỉnh Quảng Ninh',
    oldCode: 'QNI',
    oldName: 'Tỉnh Quảng Ninh',
    kind: 'unchanged',
    effectiveDate: '2025-07-01',
    source:
      'https://news.laodong.vn/thoi-su/thoi-diem-ket-thuc-hoat-dong-bo-may-52-tinh-thanh-cu-1522769.ldo ; https://baothanhhoa.vn/toan-van-nghi-quyet-hoi-nghi-lan-thu-11-bch-trung-uong-dang-khoa-xiii-245497.htm',
  },
  {
    newCode: 'THA',
    newName: 'Tỉnh Thanh Hóa',
    oldCode: 'THA',
    oldName: 'Tỉnh Thanh Hóa',
    kind: 'unchanged',
    effectiveDate: '2025-07-01',
    source:
      'https://news.laodong.vn/thoi-su/thoi-diem-ket-thuc-hoat-dong-bo-may-52-tinh-thanh-cu-1522769.ldo ; https://baothanhhoa.vn/toan-van-nghi-quyet-hoi-nghi-lan-thu-11-bch-trung-uong-dang-khoa-xiii-245497.htm',
  },
  {
    newCode: 'NAN',
    newName: 'Tỉnh Nghệ An',
    oldCode: 'NAN',
    oldName: 'Tỉnh Nghệ An',
    kind: 'unchanged',
    effectiveDate: '2025-07-01',
    source:
      'https://news.laodong.vn/thoi-su/thoi-diem-ket-thuc-hoat-dong-bo-may-52-tinh-thanh-cu-1522769.ldo ; https://baothanhhoa.vn/toan-van-nghi-quyet-hoi-nghi-lan-thu-11-bch-trung-uong-dang-khoa-xiii-245497.htm',
  },
  {
    newCode: 'HTI',
    newName: 'Tỉnh Hà Tĩnh',
    oldCode: 'HTI',
    oldName: 'Tỉnh Hà Tĩnh',
    kind: 'unchanged',
    effectiveDate: '2025-07-01',
    source:
      'https://news.laodong.vn/thoi-su/thoi-diem-ket-thuc-hoat-dong-bo-may-52-tinh-thanh-cu-1522769.ldo ; https://baothanhhoa.vn/toan-van-nghi-quyet-hoi-nghi-lan-thu-11-bch-trung-uong-dang-khoa-xiii-245497.htm',
  },
  {
    newCode: 'CBG',
    newName: 'Tỉnh Cao Bằng',
    oldCode: 'CBG',
    oldName: 'Tỉnh Cao Bằng',
    kind: 'unchanged',
    effectiveDate: '2025-07-01',
    source:
      'https://news.laodong.vn/thoi-su/thoi-diem-ket-thuc-hoat-dong-bo-may-52-tinh-thanh-cu-1522769.ldo ; https://baothanhhoa.vn/toan-van-nghi-quyet-hoi-nghi-lan-thu-11-bch-trung-uong-dang-khoa-xiii-245497.htm',
  },
  {
    newCode: 'TQG',
    newName: 'Tỉnh Tuyên Quang',
    oldCode: 'HGG',
    oldName: 'Tỉnh Hà Giang',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://english.luatvietnam.vn/co-cau-to-chuc/resolution-202-2025-qh15-reorganization-of-provincial-level-administrative-divisions-402728-d1.html ; https://nld.com.vn/chi-tiet-dien-tich-dan-so-23-tinh-thanh-sau-sap-xep-don-vi-hanh-chinh-cap-tinh-196250612092419332.htm',
  },
  {
    newCode: 'TQG',
    newName: 'Tỉnh Tuyên Quang',
    oldCode: 'TQG',
    oldName: 'Tỉnh Tuyên Quang',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://english.luatvietnam.vn/co-cau-to-chuc/resolution-202-2025-qh15-reorganization-of-provincial-level-administrative-divisions-402728-d1.html ; https://nld.com.vn/chi-tiet-dien-tich-dan-so-23-tinh-thanh-sau-sap-xep-don-vi-hanh-chinh-cap-tinh-196250612092419332.htm',
  },
  {
    newCode: 'LCI',
    newName: 'Tỉnh Lào Cai',
    oldCode: 'YBI',
    oldName: 'Tỉnh Yên Bái',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://english.luatvietnam.vn/co-cau-to-chuc/resolution-202-2025-qh15-reorganization-of-provincial-level-administrative-divisions-402728-d1.html ; https://nld.com.vn/chi-tiet-dien-tich-dan-so-23-tinh-thanh-sau-sap-xep-don-vi-hanh-chinh-cap-tinh-196250612092419332.htm',
  },
  {
    newCode: 'LCI',
    newName: 'Tỉnh Lào Cai',
    oldCode: 'LCI',
    oldName: 'Tỉnh Lào Cai',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://english.luatvietnam.vn/co-cau-to-chuc/resolution-202-2025-qh15-reorganization-of-provincial-level-administrative-divisions-402728-d1.html ; https://nld.com.vn/chi-tiet-dien-tich-dan-so-23-tinh-thanh-sau-sap-xep-don-vi-hanh-chinh-cap-tinh-196250612092419332.htm',
  },
  {
    newCode: 'TNN',
    newName: 'Tỉnh Thái Nguyên',
    oldCode: 'BKN',
    oldName: 'Tỉnh Bắc Kạn',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://nld.com.vn/chi-tiet-dien-tich-dan-so-23-tinh-thanh-sau-sap-xep-don-vi-hanh-chinh-cap-tinh-196250612092419332.htm ; https://nghean24h.vn/34-tinh-thanh-du-kien-hoat-dong-ngay-tu-ngay-172025-a753727.html',
  },
  {
    newCode: 'TNN',
    newName: 'Tỉnh Thái Nguyên',
    oldCode: 'TNN',
    oldName: 'Tỉnh Thái Nguyên',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://nld.com.vn/chi-tiet-dien-tich-dan-so-23-tinh-thanh-sau-sap-xep-don-vi-hanh-chinh-cap-tinh-196250612092419332.htm ; https://nghean24h.vn/34-tinh-thanh-du-kien-hoat-dong-ngay-tu-ngay-172025-a753727.html',
  },
  {
    newCode: 'PTO',
    newName: 'Tỉnh Phú Thọ',
    oldCode: 'VPC',
    oldName: 'Tỉnh Vĩnh Phúc',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://vnexpress.net/quoc-hoi-chot-ca-nuoc-con-34-tinh-thanh-pho-4897740.html ; https://nghean24h.vn/34-tinh-thanh-du-kien-hoat-dong-ngay-tu-ngay-172025-a753727.html',
  },
  {
    newCode: 'PTO',
    newName: 'Tỉnh Phú Thọ',
    oldCode: 'HBH',
    oldName: 'Tỉnh Hòa Bình',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://vnexpress.net/quoc-hoi-chot-ca-nuoc-con-34-tinh-thanh-pho-4897740.html ; https://nghean24h.vn/34-tinh-thanh-du-kien-hoat-dong-ngay-tu-ngay-172025-a753727.html',
  },
  {
    newCode: 'PTO',
    newName: 'Tỉnh Phú Thọ',
    oldCode: 'PTO',
    oldName: 'Tỉnh Phú Thọ',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://vnexpress.net/quoc-hoi-chot-ca-nuoc-con-34-tinh-thanh-pho-4897740.html ; https://nghean24h.vn/34-tinh-thanh-du-kien-hoat-dong-ngay-tu-ngay-172025-a753727.html',
  },
  {
    newCode: 'BNH',
    newName: 'Tỉnh Bắc Ninh',
    oldCode: 'BGG',
    oldName: 'Tỉnh Bắc Giang',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://vnexpress.net/quoc-hoi-chot-ca-nuoc-con-34-tinh-thanh-pho-4897740.html ; https://nghean24h.vn/34-tinh-thanh-du-kien-hoat-dong-ngay-tu-ngay-172025-a753727.html',
  },
  {
    newCode: 'BNH',
    newName: 'Tỉnh Bắc Ninh',
    oldCode: 'BNH',
    oldName: 'Tỉnh Bắc Ninh',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://vnexpress.net/quoc-hoi-chot-ca-nuoc-con-34-tinh-thanh-pho-4897740.html ; https://nghean24h.vn/34-tinh-thanh-du-kien-hoat-dong-ngay-tu-ngay-172025-a753727.html',
  },
  {
    newCode: 'HYN',
    newName: 'Tỉnh Hưng Yên',
    oldCode: 'TBH',
    oldName: 'Tỉnh Thái Bình',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://nghean24h.vn/34-tinh-thanh-du-kien-hoat-dong-ngay-tu-ngay-172025-a753727.html ; https://baothanhhoa.vn/toan-van-nghi-quyet-hoi-nghi-lan-thu-11-bch-trung-uong-dang-khoa-xiii-245497.htm',
  },
  {
    newCode: 'HYN',
    newName: 'Tỉnh Hưng Yên',
    oldCode: 'HYN',
    oldName: 'Tỉnh Hưng Yên',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://nghean24h.vn/34-tinh-thanh-du-kien-hoat-dong-ngay-tu-ngay-172025-a753727.html ; https://baothanhhoa.vn/toan-van-nghi-quyet-hoi-nghi-lan-thu-11-bch-trung-uong-dang-khoa-xiii-245497.htm',
  },
  {
    newCode: 'HPG',
    newName: 'Thành phố Hải Phòng',
    oldCode: 'HDG',
    oldName: 'Tỉnh Hải Dương',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://nghean24h.vn/34-tinh-thanh-du-kien-hoat-dong-ngay-tu-ngay-172025-a753727.html ; https://baothanhhoa.vn/toan-van-nghi-quyet-hoi-nghi-lan-thu-11-bch-trung-uong-dang-khoa-xiii-245497.htm',
  },
  {
    newCode: 'HPG',
    newName: 'Thành phố Hải Phòng',
    oldCode: 'HPG',
    oldName: 'Thành phố Hải Phòng',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://nghean24h.vn/34-tinh-thanh-du-kien-hoat-dong-ngay-tu-ngay-172025-a753727.html ; https://baothanhhoa.vn/toan-van-nghi-quyet-hoi-nghi-lan-thu-11-bch-trung-uong-dang-khoa-xiii-245497.htm',
  },
  {
    newCode: 'NBH',
    newName: 'Tỉnh Ninh Bình',
    oldCode: 'HNM',
    oldName: 'Tỉnh Hà Nam',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://nghean24h.vn/34-tinh-thanh-du-kien-hoat-dong-ngay-tu-ngay-172025-a753727.html ; https://baothanhhoa.vn/toan-van-nghi-quyet-hoi-nghi-lan-thu-11-bch-trung-uong-dang-khoa-xiii-245497.htm',
  },
  {
    newCode: 'NBH',
    newName: 'Tỉnh Ninh Bình',
    oldCode: 'NDH',
    oldName: 'Tỉnh Nam Định',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://nghean24h.vn/34-tinh-thanh-du-kien-hoat-dong-ngay-tu-ngay-172025-a753727.html ; https://baothanhhoa.vn/toan-van-nghi-quyet-hoi-nghi-lan-thu-11-bch-trung-uong-dang-khoa-xiii-245497.htm',
  },
  {
    newCode: 'NBH',
    newName: 'Tỉnh Ninh Bình',
    oldCode: 'NBH',
    oldName: 'Tỉnh Ninh Bình',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://nghean24h.vn/34-tinh-thanh-du-kien-hoat-dong-ngay-tu-ngay-172025-a753727.html ; https://baothanhhoa.vn/toan-van-nghi-quyet-hoi-nghi-lan-thu-11-bch-trung-uong-dang-khoa-xiii-245497.htm',
  },
  {
    newCode: 'QTI',
    newName: 'Tỉnh Quảng Trị',
    oldCode: 'QBH',
    oldName: 'Tỉnh Quảng Bình',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://nghean24h.vn/34-tinh-thanh-du-kien-hoat-dong-ngay-tu-ngay-172025-a753727.html ; https://zh.vietnamplus.vn/article-post239334.vnp',
  },
  {
    newCode: 'QTI',
    newName: 'Tỉnh Quảng Trị',
    oldCode: 'QTI',
    oldName: 'Tỉnh Quảng Trị',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://nghean24h.vn/34-tinh-thanh-du-kien-hoat-dong-ngay-tu-ngay-172025-a753727.html ; https://zh.vietnamplus.vn/article-post239334.vnp',
  },
  {
    newCode: 'DNG',
    newName: 'Thành phố Đà Nẵng',
    oldCode: 'QNA',
    oldName: 'Tỉnh Quảng Nam',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://vietnamnews.vn/society/1720769/new-da-nang-designated-a-key-economic-power.html ; https://zh.vietnamplus.vn/article-post239334.vnp',
  },
  {
    newCode: 'DNG',
    newName: 'Thành phố Đà Nẵng',
    oldCode: 'DNG',
    oldName: 'Thành phố Đà Nẵng',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://vietnamnews.vn/society/1720769/new-da-nang-designated-a-key-economic-power.html ; https://zh.vietnamplus.vn/article-post239334.vnp',
  },
  {
    newCode: 'QNG',
    newName: 'Tỉnh Quảng Ngãi',
    oldCode: 'KTM',
    oldName: 'Tỉnh Kon Tum',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://sotuphap.kontum.gov.vn/tin-tuc-hoat-dongthong-tin-tong-hop/Quoc-hoi-thong-qua-Nghi-quyet-ve-sap-xep-don-vi-hanh-chinh-cap-tinh-10349',
  },
  {
    newCode: 'QNG',
    newName: 'Tỉnh Quảng Ngãi',
    oldCode: 'QNG',
    oldName: 'Tỉnh Quảng Ngãi',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://sotuphap.kontum.gov.vn/tin-tuc-hoat-dongthong-tin-tong-hop/Quoc-hoi-thong-qua-Nghi-quyet-ve-sap-xep-don-vi-hanh-chinh-cap-tinh-10349',
  },
  {
    newCode: 'GLI',
    newName: 'Tỉnh Gia Lai',
    oldCode: 'BDH',
    oldName: 'Tỉnh Bình Định',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://news.laodong.vn/thoi-su/tinh-gia-lai-moi-co-dien-tich-lon-thu-2-ca-nuoc-gom-110-xa-va-25-phuong-1525402.ldo ; https://zh.vietnamplus.vn/article-post239334.vnp',
  },
  {
    newCode: 'GLI',
    newName: 'Tỉnh Gia Lai',
    oldCode: 'GLI',
    oldName: 'Tỉnh Gia Lai',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://news.laodong.vn/thoi-su/tinh-gia-lai-moi-co-dien-tich-lon-thu-2-ca-nuoc-gom-110-xa-va-25-phuong-1525402.ldo ; https://zh.vietnamplus.vn/article-post239334.vnp',
  },
  {
    newCode: 'KHA',
    newName: 'Tỉnh Khánh Hòa',
    oldCode: 'NTN',
    oldName: 'Tỉnh Ninh Thuận',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://vov4.vov.vn/cotu/xa-nay-tin-tin-tuc-su-kien/prang-ktiec-xay-moon-bhro-pa-zum-don-vi-hanh-chinh-lang-kduoi-manuyh-bhro-489479.vov4 ; https://zh.vietnamplus.vn/article-post239334.vnp',
  },
  {
    newCode: 'KHA',
    newName: 'Tỉnh Khánh Hòa',
    oldCode: 'KHA',
    oldName: 'Tỉnh Khánh Hòa',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://vov4.vov.vn/cotu/xa-nay-tin-tin-tuc-su-kien/prang-ktiec-xay-moon-bhro-pa-zum-don-vi-hanh-chinh-lang-kduoi-manuyh-bhro-489479.vov4 ; https://zh.vietnamplus.vn/article-post239334.vnp',
  },
  {
    newCode: 'LDG',
    newName: 'Tỉnh Lâm Đồng',
    oldCode: 'DKN',
    oldName: 'Tỉnh Đắk Nông',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://ngoisao.vn/theo-dong-su-kien/tin-nong-trong-ngay/sau-sap-nhap-dia-phuong-nay-tro-thanh-tinh-rong-nhat-viet-nam-quy-mo-kinh-te-lot-top-10-ca-nuoc-459688.htm ; https://zh.vietnamplus.vn/article-post239334.vnp',
  },
  {
    newCode: 'LDG',
    newName: 'Tỉnh Lâm Đồng',
    oldCode: 'BTN',
    oldName: 'Tỉnh Bình Thuận',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://ngoisao.vn/theo-dong-su-kien/tin-nong-trong-ngay/sau-sap-nhap-dia-phuong-nay-tro-thanh-tinh-rong-nhat-viet-nam-quy-mo-kinh-te-lot-top-10-ca-nuoc-459688.htm ; https://zh.vietnamplus.vn/article-post239334.vnp',
  },
  {
    newCode: 'LDG',
    newName: 'Tỉnh Lâm Đồng',
    oldCode: 'LDG',
    oldName: 'Tỉnh Lâm Đồng',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://ngoisao.vn/theo-dong-su-kien/tin-nong-trong-ngay/sau-sap-nhap-dia-phuong-nay-tro-thanh-tinh-rong-nhat-viet-nam-quy-mo-kinh-te-lot-top-10-ca-nuoc-459688.htm ; https://zh.vietnamplus.vn/article-post239334.vnp',
  },
  {
    newCode: 'DLK',
    newName: 'Tỉnh Đắk Lắk',
    oldCode: 'PYN',
    oldName: 'Tỉnh Phú Yên',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://diaoctot.com/tinh-thanh/dak-lak-sau-sap-nhap ; https://zh.vietnamplus.vn/article-post239334.vnp',
  },
  {
    newCode: 'DLK',
    newName: 'Tỉnh Đắk Lắk',
    oldCode: 'DLK',
    oldName: 'Tỉnh Đắk Lắk',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://diaoctot.com/tinh-thanh/dak-lak-sau-sap-nhap ; https://zh.vietnamplus.vn/article-post239334.vnp',
  },
  {
    newCode: 'HCM',
    newName: 'Thành phố Hồ Chí Minh',
    oldCode: 'BRV',
    oldName: 'Tỉnh Bà Rịa - Vũng Tàu',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://news.laodong.vn/xa-hoi/tphcm-va-binh-duong-khong-con-trung-ten-phuong-xa-sau-sap-xep-1496508.ldo ; https://zh.vietnamplus.vn/article-post239334.vnp',
  },
  {
    newCode: 'HCM',
    newName: 'Thành phố Hồ Chí Minh',
    oldCode: 'BDG',
    oldName: 'Tỉnh Bình Dương',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://news.laodong.vn/xa-hoi/tphcm-va-binh-duong-khong-con-trung-ten-phuong-xa-sau-sap-xep-1496508.ldo ; https://zh.vietnamplus.vn/article-post239334.vnp',
  },
  {
    newCode: 'HCM',
    newName: 'Thành phố Hồ Chí Minh',
    oldCode: 'HCM',
    oldName: 'Thành phố Hồ Chí Minh',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://news.laodong.vn/xa-hoi/tphcm-va-binh-duong-khong-con-trung-ten-phuong-xa-sau-sap-xep-1496508.ldo ; https://zh.vietnamplus.vn/article-post239334.vnp',
  },
  {
    newCode: 'DNI',
    newName: 'Tỉnh Đồng Nai',
    oldCode: 'BPC',
    oldName: 'Tỉnh Bình Phước',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source: 'https://karatedo.com.vn/?p=2100 ; https://zh.vietnamplus.vn/article-post239334.vnp',
  },
  {
    newCode: 'DNI',
    newName: 'Tỉnh Đồng Nai',
    oldCode: 'DNI',
    oldName: 'Tỉnh Đồng Nai',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source: 'https://karatedo.com.vn/?p=2100 ; https://zh.vietnamplus.vn/article-post239334.vnp',
  },
  {
    newCode: 'TNH',
    newName: 'Tỉnh Tây Ninh',
    oldCode: 'LAN',
    oldName: 'Tỉnh Long An',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source: 'https://vietnamnet.vn/ten-goi-quy-mo-cua-96-xa-phuong-moi-cua-tay-ninh-sau-sap-xep-2415479.html',
  },
  {
    newCode: 'TNH',
    newName: 'Tỉnh Tây Ninh',
    oldCode: 'TNH',
    oldName: 'Tỉnh Tây Ninh',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source: 'https://vietnamnet.vn/ten-goi-quy-mo-cua-96-xa-phuong-moi-cua-tay-ninh-sau-sap-xep-2415479.html',
  },
  {
    newCode: 'CTO',
    newName: 'Thành phố Cần Thơ',
    oldCode: 'STG',
    oldName: 'Tỉnh Sóc Trăng',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source: 'https://baotintuc.vn/tags/tàu+than.htm ; https://zh.vietnamplus.vn/article-post239334.vnp',
  },
  {
    newCode: 'CTO',
    newName: 'Thành phố Cần Thơ',
    oldCode: 'HGI',
    oldName: 'Tỉnh Hậu Giang',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source: 'https://baotintuc.vn/tags/tàu+than.htm ; https://zh.vietnamplus.vn/article-post239334.vnp',
  },
  {
    newCode: 'CTO',
    newName: 'Thành phố Cần Thơ',
    oldCode: 'CTO',
    oldName: 'Thành phố Cần Thơ',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source: 'https://baotintuc.vn/tags/tàu+than.htm ; https://zh.vietnamplus.vn/article-post239334.vnp',
  },
  {
    newCode: 'VLG',
    newName: 'Tỉnh Vĩnh Long',
    oldCode: 'BTE',
    oldName: 'Tỉnh Bến Tre',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://www.baotravinh.vn/chinh-tri/co-cau-to-chuc-13-bo-co-quan-thuoc-chinh-phu-nhiem-ky-2021-2026-44055.html ; https://zh.vietnamplus.vn/article-post239334.vnp',
  },
  {
    newCode: 'VLG',
    newName: 'Tỉnh Vĩnh Long',
    oldCode: 'TVH',
    oldName: 'Tỉnh Trà Vinh',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://www.baotravinh.vn/chinh-tri/co-cau-to-chuc-13-bo-co-quan-thuoc-chinh-phu-nhiem-ky-2021-2026-44055.html ; https://zh.vietnamplus.vn/article-post239334.vnp',
  },
  {
    newCode: 'VLG',
    newName: 'Tỉnh Vĩnh Long',
    oldCode: 'VLG',
    oldName: 'Tỉnh Vĩnh Long',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://www.baotravinh.vn/chinh-tri/co-cau-to-chuc-13-bo-co-quan-thuoc-chinh-phu-nhiem-ky-2021-2026-44055.html ; https://zh.vietnamplus.vn/article-post239334.vnp',
  },
  {
    newCode: 'DTP',
    newName: 'Tỉnh Đồng Tháp',
    oldCode: 'TGG',
    oldName: 'Tỉnh Tiền Giang',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://lite.baomoi.com/ly-do-lay-ten-tinh-dong-thap-sau-sap-nhap-voi-tinh-tien-giang-c52037767.epi ; https://zh.vietnamplus.vn/article-post239334.vnp',
  },
  {
    newCode: 'DTP',
    newName: 'Tỉnh Đồng Tháp',
    oldCode: 'DTP',
    oldName: 'Tỉnh Đồng Tháp',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://lite.baomoi.com/ly-do-lay-ten-tinh-dong-thap-sau-sap-nhap-voi-tinh-tien-giang-c52037767.epi ; https://zh.vietnamplus.vn/article-post239334.vnp',
  },
  {
    newCode: 'CMU',
    newName: 'Tỉnh Cà Mau',
    oldCode: 'BLU',
    oldName: 'Tỉnh Bạc Liêu',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://reatimes.vn/chi-vai-gio-nua-bac-lieu-se-hop-ban-tai-nhap-voi-tinh-nam-o-vung-cuc-nam-cua-to-quoc-202250416161559896.htm ; https://ai24hexpress.com/2025/06/11/tinh-nao-lon-nhat-mien-tay-sau-sap-nhap-cap-nhat-moi-nhat',
  },
  {
    newCode: 'CMU',
    newName: 'Tỉnh Cà Mau',
    oldCode: 'CMU',
    oldName: 'Tỉnh Cà Mau',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://reatimes.vn/chi-vai-gio-nua-bac-lieu-se-hop-ban-tai-nhap-voi-tinh-nam-o-vung-cuc-nam-cua-to-quoc-202250416161559896.htm ; https://ai24hexpress.com/2025/06/11/tinh-nao-lon-nhat-mien-tay-sau-sap-nhap-cap-nhat-moi-nhat',
  },
  {
    newCode: 'AGG',
    newName: 'Tỉnh An Giang',
    oldCode: 'KGG',
    oldName: 'Tỉnh Kiên Giang',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://phapluatplus.baophapluat.vn/tag/thanh-lap-tinh-22947.tag ; https://baolongan.vn/kien-giang-sap-nhap-voi-an-giang-thanh-tinh-lon-nhat-vung-hon-4-9-trieu-dan-a193883.html',
  },
  {
    newCode: 'AGG',
    newName: 'Tỉnh An Giang',
    oldCode: 'AGG',
    oldName: 'Tỉnh An Giang',
    kind: 'merged',
    effectiveDate: '2025-07-01',
    source:
      'https://phapluatplus.baophapluat.vn/tag/thanh-lap-tinh-22947.tag ; https://baolongan.vn/kien-giang-sap-nhap-voi-an-giang-thanh-tinh-lon-nhat-vung-hon-4-9-trieu-dan-a193883.html',
  },
]
