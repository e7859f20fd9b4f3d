"""Given names that usually mark a man or a woman: a hint for resolving he/she to a person.

Only a hint: the article's own honorifics (Mr., Ms.) and pronouns weigh as much or more,
and names used for both (Jordan, Kim, Robin) are in neither list.
"""

from __future__ import annotations

__all__ = ["given_name_gender"]

_FEMALE = frozenset(
    """
Abigail Ada Adriana Agnes Aisha Alexandra Alice Alicia Alison Amanda Amber Amelia Amy Ana Anastasia
Angela Angelina Anita Ann Anna Anne Annette Antonia Ashley Audrey Barbara Beatrice Betty
Beverly Brenda Bridget Brittany Camila Carla Carmen Carol Caroline Carolyn Catherine Cecilia
Charlotte Cheryl Chloe Christina Christine Claire Clara Claudia Colleen Cynthia Daisy Danielle
Deborah Debra Denise Diana Diane Donna Doris Dorothy Eleanor Elena Elisabeth Elizabeth Ella Ellen
Eloise Emily Emma Erica Erin Esther Eva Evelyn Fatima Fiona Florence Frances Gabriela Gabrielle
Gemma Georgia Gillian Gina Gloria Grace Hannah Harriet Heather Heidi Helen Helena Hillary Holly
Ingrid Irene Irina Isabel Isabella Ivana Ivanka Jacqueline Jane Janet Janice Jasmine Jennifer
Jessica Jill Joan Joanna Joanne Josephine Joy Joyce Judith Judy Julia Julie Juliet Karen Kate
Katherine Kathleen Kathryn Katie Katrina Kayla Kelly Kimberly Kristen Kristina Laura Lauren Leah
Leila Linda Lisa Loretta Lorraine Louise Lucia Lucy Lydia Lynn Madeleine Madison Maria Marie Marina
Marion Marjorie Martha Mary Maureen Megan Melania Melanie Melinda Melissa Mia Michelle Mildred
Miriam Molly Monica Nadia Nancy Naomi Natalia Natalie Natasha Nicole Nina Nora Olga Olivia
Pamela Patricia Paula Pauline Penelope Phyllis Priscilla Rachel Rebecca Regina Rita Roberta Rosa
Rosemary Ruth Sabrina Sally Samantha Sandra Sara Sarah Sharon Sheila Shirley Silvia Sofia Sonia
Sophia Sophie Stephanie Susan Suzanne Svetlana Sylvia Tamara Tanya Tatiana Teresa Theresa Tiffany
Tina Tracy Ursula Valentina Valerie Vanessa Vera Veronica Victoria Virginia Wanda Wendy Yolanda
Yulia Zara Zoe
""".split()
)

_MALE = frozenset(
    """
Aaron Abdul Adam Adrian Ahmed Ahmad Alan Albert Alberto Alejandro Alex Alexander Alexandre Alexei
Alfred Ali Alistair Andre Andreas Andrei Andrew Andy Angelo Anthony Anton Antonio Arnold Arthur
Barack Barry Ben Benjamin Bernard Bernie Bill Bob Bobby Boris Brad Bradley Brandon Brian Bruce
Bruno Bryan Carl Carlos Charles Charlie Chris Christian Christopher Chuck Clarence Claude Clifford
Colin Craig Dan Daniel Danny Darren Dave David Dean Dennis Derek Diego Dieter Dmitri Dmitry
Dominic Don Donald Doug Douglas Duncan Dwight Earl Ed Eddie Edgar Edward Edwin Elijah Emmanuel
Enrique Eric Erik Ernest Ernesto Eugene Felix Fernando Francesco Francisco Frank Franz Fred
Frederick Gabriel Gary Geoff Geoffrey George Georg Gerald Gerhard Giovanni Giuseppe Glenn Gordon
Graham Greg Gregory Guillermo Gunter Gustavo Hans Harold Harry Hassan Heinz Helmut Henri Henry
Herbert Howard Hugh Hugo Hussein Ian Igor Ibrahim Isaac Ivan Jack Jacob Jacques Jake James Jason
Javier Jeff Jeffrey Jeremy Jerry Jesse Jim Jimmy Joachim Joe Joel Johan Johann Johannes John
Johnny Jon Jonathan Jorge Jose Josef Joseph Joshua Juan Julian Justin Karl Keith Ken Kenneth Kevin
Klaus Kurt Lance Larry Laurent Lawrence Leo Leon Leonard Leonid Lewis Lloyd Louis Luca
Luigi Luis Luke Mahmoud Manuel Marc Marco Marcus Mario Mark Martin Matt Matthew Max Michael Michel
Miguel Mike Mikhail Mitch Mitt Mohamed Mohammad Mohammed Muhammad Nathan Neil Nicholas Nick Nicolas
Nigel Nikolai Noah Norman Oleg Oliver Omar Oscar Pablo Paolo Pascal Patrick Paul Pedro Peter Philip
Philippe Pierre Rafael Ralph Ramon Randy Raul Ray Raymond Reince Richard Rick Rob Robert Roberto
Roger Roman Ron Ronald Roy Ruben Rudolf Rudy Russell Ryan Sam Samuel Scott Sean Sergei Sergio Simon
Stanley Stefan Stephan Stephen Steve Steven Stuart Ted Terry Thomas Tim Timothy Todd Tom Tony Travis
Trevor Victor Vincent Vladimir Walter Warren Wayne Werner Will William Willem Wolfgang Xavier Yuri
Yves Zachary
""".split()
)


def given_name_gender(full_name: str) -> str | None:
    """``"m"`` or ``"f"`` when the first word of ``full_name`` is a given name that marks one, else None."""
    first = next(iter(full_name.split()), "")
    if first in _FEMALE and first not in _MALE:
        return "f"
    if first in _MALE and first not in _FEMALE:
        return "m"
    return None
