#!/usr/bin/env python3
"""A large site for the reliability checks (leaks, soak, kill trials) and the incremental
benchmark, made from the repository alone: the sample site's content/ (settings, pages, score
data, documents, media) plus N generated articles spread over the years, with categories, tags,
headings, lists, tables, links to each other and images of the sample.

    python3 Tests/bench/corpus.py OUT --articles 1000 [--seed 7]

writes OUT/content. The same seed gives the same files, so runs can be compared.
"""

import argparse
import os
import random
import shutil

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

CATEGORIES = ["Tin tức - Sự kiện", "Cải cách hành chính", "Văn thư - Lưu trữ", "Thi đua - Khen thưởng",
              "Tôn giáo", "Công chức - Viên chức", "Chính quyền địa phương", "Thanh niên"]
TAGS = ["CCHC", "SIPAS", "PAR Index", "Chuyển đổi số", "Hội nghị", "Tập huấn", "Kiểm tra", "Văn thư",
        "Lưu trữ", "Thi đua", "Khen thưởng", "Tuyển dụng", "Biên chế", "Vị trí việc làm", "Dân tộc"]
PLACES = ["Mộc Châu", "Thuận Châu", "Mai Sơn", "Yên Châu", "Sông Mã", "Phù Yên", "Bắc Yên", "Quỳnh Nhai",
          "Mường La", "Sốp Cộp", "Vân Hồ", "thành phố Sơn La"]
SUBJECTS = ["hội nghị tổng kết", "lớp bồi dưỡng nghiệp vụ", "đoàn kiểm tra công tác", "buổi làm việc",
            "hội thi", "lễ trao bằng khen", "đợt khảo sát", "tập huấn chuyển đổi số"]
TOPICS = ["cải cách hành chính", "văn thư, lưu trữ", "thi đua, khen thưởng", "quản lý biên chế",
          "chính quyền cơ sở", "công tác tôn giáo", "đề án vị trí việc làm", "số hoá tài liệu"]
WORDS = ("sở ban ngành huyện xã cán bộ công chức viên chức người dân doanh nghiệp thủ tục hồ sơ "
         "trực tuyến dịch vụ công kết quả đánh giá chỉ số năm kế hoạch triển khai nhiệm vụ giải pháp "
         "nâng cao chất lượng hiệu quả phục vụ tỉnh Sơn La đồng chí phát biểu chỉ đạo").split()
IMAGES = sorted(f for f in os.listdir(os.path.join(ROOT, "content", "media", "anh")) if not f.startswith("."))


def sentence(rng):
    words = rng.sample(WORDS, rng.randint(8, 16))
    return " ".join(words).capitalize() + "."


def paragraph(rng):
    return " ".join(sentence(rng) for _ in range(rng.randint(2, 5)))


def body(rng, index, paths):
    parts = [paragraph(rng)]
    for section in range(rng.randint(1, 3)):
        parts.append(f"## Phần {section + 1}: {rng.choice(TOPICS)}")
        parts.append(paragraph(rng))
        kind = rng.random()
        if kind < 0.3:
            parts.append("\n".join(f"- {sentence(rng)}" for _ in range(rng.randint(2, 5))))
        elif kind < 0.45:
            rows = "\n".join(f"| {rng.choice(PLACES)} | {rng.randint(60, 99)},{rng.randint(0, 99):02d} |"
                             for _ in range(rng.randint(2, 6)))
            parts.append("| Đơn vị | Điểm |\n|---|---:|\n" + rows)
        elif kind < 0.6 and index > 0:
            other = paths[rng.randrange(index)]
            parts.append(f"Xem thêm [bài trước]({os.path.relpath(other, os.path.dirname(paths[index]))}).")
        elif kind < 0.7:
            parts.append(f"![{rng.choice(SUBJECTS).capitalize()}](/media/anh/{rng.choice(IMAGES)})")
    return "\n\n".join(parts) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    content = os.path.join(args.out, "content")
    if os.path.exists(content):
        shutil.rmtree(content)
    shutil.copytree(os.path.join(ROOT, "content"), content)

    dates = sorted((rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28), rng.randint(7, 17),
                    rng.randint(0, 59)) for _ in range(args.articles))
    # Every path first: an article links to one written before it.
    paths = [f"articles/{year}/{month:02d}/bai-{index + 1}.md" for index, (year, month, *_) in enumerate(dates)]
    for index, (year, month, day, hour, minute) in enumerate(dates):
        tags = ", ".join(rng.sample(TAGS, rng.randint(1, 4)))
        title = f"{rng.choice(SUBJECTS).capitalize()} về {rng.choice(TOPICS)} tại {rng.choice(PLACES)} ({index + 1})"
        front = [
            "---",
            f'title: "{title}"',
            f"slug: bai-{index + 1}",
            f"date: {year}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:00+07:00",
            f"category: {rng.choice(CATEGORIES)}",
            f"tags: [{tags}]",
            f"author: {rng.choice(['Lò Văn Minh', 'Cầm Thị Hoa', 'Nguyễn Đức Thắng', 'Quàng Thị Mai'])}",
        ]
        if rng.random() < 0.4:
            front += [f"image: /media/anh/{rng.choice(IMAGES)}", f'image_alt: "{rng.choice(SUBJECTS).capitalize()}"']
        if rng.random() < 0.05:
            front.append("featured: true")
        front.append("---")
        path = os.path.join(content, paths[index])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as out:
            out.write("\n".join(front) + "\n\n" + body(rng, index, paths))


if __name__ == "__main__":
    main()
